package io.interven.gateway.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides a call. All enabled policies of the environment are evaluated together: rules in order of priority
 * (higher first), ties broken by severity (DENY first), the first matching enforced rule decides. When none
 * matches, the default policy decides: a tenant policy named {@code builtin-default} when the environment has
 * one (an override), then the built-in default, whose last rule always matches. The order is
 * {@link ActivePolicies}', taken once when the policies are read.
 */
public class PolicyEngine {
    private final Policy builtinDefault;

    public PolicyEngine(Policy builtinDefault) {
        this.builtinDefault = builtinDefault;
    }

    /** Decides with policies ordered for this call alone; a caller deciding many calls orders them once. */
    public PolicyVerdict decide(List<Policy> policies, PolicyInput call) {
        return decide(ActivePolicies.of(policies), call);
    }

    public PolicyVerdict decide(ActivePolicies policies, PolicyInput input) {
        CallToMatch call = new CallToMatch(input);
        List<RuleMatchResult> monitorMatches = new ArrayList<>();
        for (RuleMatchResult candidate : policies.tenantRules()) {
            if (!candidate.rule().appliesTo(call)) {
                continue;
            }
            if (candidate.policy().mode() == PolicyMode.MONITOR) {
                monitorMatches.add(candidate);
                continue;
            }
            return new PolicyVerdict(candidate, monitorMatches);
        }
        for (RuleMatchResult candidate : policies.overrideRules()) {
            if (candidate.rule().appliesTo(call)) {
                return new PolicyVerdict(candidate, monitorMatches);
            }
        }
        return new PolicyVerdict(defaultDecision(call), monitorMatches);
    }

    /** The built-in default policy, as the API shows it. */
    public Policy builtinDefault() {
        return builtinDefault;
    }

    private RuleMatchResult defaultDecision(CallToMatch call) {
        for (PolicyRule rule : builtinDefault.rules()) {
            if (rule.appliesTo(call)) {
                return new RuleMatchResult(builtinDefault, rule);
            }
        }
        throw new IllegalStateException("the built-in default policy must end with a rule that always matches");
    }
}
