package io.interven.gateway.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The enabled policies of one environment with their rules in the order {@link PolicyEngine} reads them: every
 * tenant rule (enforced and monitored) by priority, higher first, ties by severity (DENY first), then in the order
 * of the policies and of their rules; apart, the rules of an enforced tenant policy named {@code builtin-default}
 * (an override of the default), in the same order. Built once when the policies are read, so that a scan sorts
 * nothing: a policy may hold hundreds of rules and an environment any number of policies.
 */
public final class ActivePolicies {
    /** No tenant policies: every call falls to the built-in default policy. */
    public static final ActivePolicies NONE = of(List.of());

    private static final Comparator<RuleMatchResult> EVALUATION_ORDER = Comparator
            .comparingInt((RuleMatchResult r) -> r.rule().priority()).reversed()
            .thenComparing(r -> r.rule().action().severity(), Comparator.reverseOrder());

    private final List<Policy> policies;
    private final List<RuleMatchResult> tenantRules;
    private final List<RuleMatchResult> overrideRules;

    private ActivePolicies(List<Policy> policies, List<RuleMatchResult> tenantRules,
                           List<RuleMatchResult> overrideRules) {
        this.policies = policies;
        this.tenantRules = tenantRules;
        this.overrideRules = overrideRules;
    }

    /** Orders the rules of these policies; disabled policies are left out. */
    public static ActivePolicies of(List<Policy> policies) {
        List<RuleMatchResult> tenant = new ArrayList<>();
        Policy override = null;
        for (Policy policy : policies) {
            if (!policy.enabled()) {
                continue;
            }
            if (policy.name().equals(BuiltinDefaultPolicy.NAME) && policy.mode() == PolicyMode.ENFORCE) {
                override = policy;
                continue;
            }
            policy.rules().forEach(rule -> tenant.add(new RuleMatchResult(policy, rule)));
        }
        List<RuleMatchResult> overriding = new ArrayList<>();
        if (override != null) {
            Policy overridePolicy = override;
            override.rules().forEach(rule -> overriding.add(new RuleMatchResult(overridePolicy, rule)));
        }
        tenant.sort(EVALUATION_ORDER);
        overriding.sort(EVALUATION_ORDER);
        return new ActivePolicies(List.copyOf(policies), List.copyOf(tenant), List.copyOf(overriding));
    }

    /** The policies as they were given, disabled ones included. */
    public List<Policy> policies() {
        return policies;
    }

    /** Every rule of the enabled tenant policies but the override, in evaluation order. */
    List<RuleMatchResult> tenantRules() {
        return tenantRules;
    }

    /** The rules of the enforced {@code builtin-default} override, in evaluation order; empty when there is none. */
    List<RuleMatchResult> overrideRules() {
        return overrideRules;
    }
}
