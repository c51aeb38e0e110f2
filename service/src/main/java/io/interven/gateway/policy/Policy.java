package io.interven.gateway.policy;

import java.util.List;

/** One version of a named policy of an environment. */
public record Policy(String policyId, String name, String envName, int version, PolicyMode mode, boolean enabled,
                     List<PolicyRule> rules) {
    public Policy {
        rules = List.copyOf(rules);
    }
}
