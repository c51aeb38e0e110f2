package io.interven.gateway.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A policy as applied, validated: its rules as the engine uses them and as canonical JSON ({@code rulesJson}),
 * which is what is stored, shown and hashed.
 */
public record PolicyDraft(String name, String description, String envName, PolicyMode mode, boolean enabled,
                          List<PolicyRule> rules, JsonNode rulesJson) {
    public PolicyDraft {
        rules = List.copyOf(rules);
    }

    public PolicyDraft withEnabled(boolean on) {
        return new PolicyDraft(name, description, envName, mode, on, rules, rulesJson);
    }

    public Policy asPolicy(String policyId, int version) {
        return new Policy(policyId, name, envName, version, mode, enabled, rules);
    }
}
