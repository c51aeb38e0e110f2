package io.interven.gateway.policy;

/** A rule that matched a call, with the policy it belongs to. */
public record RuleMatchResult(Policy policy, PolicyRule rule) {
    public Decision action() {
        return rule.action();
    }
}
