package io.interven.gateway.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides a call. All enabled policies of the environment are evaluated together: rules in order of priority
 * (higher first), ties broken by severity (DENY first), the first matching enforced rule decides. When none
 * matches, the default policy decides: a tenant policy named {@code builtin-default} when the environment has
 * one (an override), then the built-in default, whose last rule always matches.
 */
public class PolicyEngine {
    private static final Comparator<RuleMatchResult> EVALUATION_ORDER = Comparator
            .comparingInt((RuleMatchResult r) -> r.rule().priority()).reversed()
            .thenComparing(r -> r.rule().action().severity(), Comparator.reverseOrder());

    private final Policy builtinDefault;

    public PolicyEngine(Policy builtinDefault) {
        this.builtinDefault = builtinDefault;
    }

    public PolicyVerdict decide(List<Policy> policies, PolicyInput call) {
        List<RuleMatchResult> candidates = new ArrayList<>();
        Policy override = null;
        for (Policy policy : policies) {
            if (!policy.enabled()) {
                continue;
            }
            if (policy.name().equals(BuiltinDefaultPolicy.NAME) && policy.mode() == PolicyMode.ENFORCE) {
                override = policy;
                continue;
            }
            policy.rules().forEach(rule -> candidates.add(new RuleMatchResult(policy, rule)));
        }
        candidates.sort(EVALUATION_ORDER);
        List<RuleMatchResult> monitorMatches = new ArrayList<>();
        for (RuleMatchResult candidate : candidates) {
            if (!candidate.rule().appliesTo(call)) {
                continue;
            }
            if (candidate.policy().mode() == PolicyMode.MONITOR) {
                monitorMatches.add(candidate);
                continue;
            }
            return new PolicyVerdict(candidate, monitorMatches);
        }
        if (override != null) {
            List<RuleMatchResult> overrideRules = new ArrayList<>();
            for (PolicyRule rule : override.rules()) {
                overrideRules.add(new RuleMatchResult(override, rule));
            }
            overrideRules.sort(EVALUATION_ORDER);
            for (RuleMatchResult candidate : overrideRules) {
                if (candidate.rule().appliesTo(call)) {
                    return new PolicyVerdict(candidate, monitorMatches);
                }
            }
        }
        return new PolicyVerdict(defaultDecision(call), monitorMatches);
    }

    /** The built-in default policy, as the API shows it. */
    public Policy builtinDefault() {
        return builtinDefault;
    }

    private RuleMatchResult defaultDecision(PolicyInput call) {
        for (PolicyRule rule : builtinDefault.rules()) {
            if (rule.appliesTo(call)) {
                return new RuleMatchResult(builtinDefault, rule);
            }
        }
        throw new IllegalStateException("the built-in default policy must end with a rule that always matches");
    }
}
