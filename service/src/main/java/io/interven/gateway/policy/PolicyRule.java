package io.interven.gateway.policy;

/** One rule: when {@code match} and {@code condition} hold, {@code action} is the decision. */
public record PolicyRule(String ruleId, RuleMatch match, RuleCondition condition, Decision action, int priority,
                         String description) {
    public PolicyRule(String ruleId, RuleMatch match, RuleCondition condition, Decision action, int priority) {
        this(ruleId, match, condition, action, priority, null);
    }

    public PolicyRule {
        if (ruleId == null || ruleId.isBlank()) {
            throw new IllegalArgumentException("ruleId must not be blank");
        }
        if (match == null || condition == null || action == null) {
            throw new IllegalArgumentException("match, condition and action are required");
        }
    }

    /** The condition first: it reads a few facts of the call, where the match may compare hosts and paths. */
    boolean appliesTo(CallToMatch call) {
        return condition.holds(call.input()) && match.matches(call);
    }
}
