package io.interven.gateway.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** One stored version of a named policy. */
public record StoredPolicy(UUID policyId, UUID tenantId, String envName, String name, int version, String description,
                           PolicyMode mode, boolean enabled, JsonNode rulesJson, long createdAt) {

    public Policy toPolicy() {
        return new Policy(policyId.toString(), name, envName, version, mode, enabled,
                PolicyDocumentParser.storedRules(rulesJson));
    }

    public PolicyDraft toDraft() {
        return new PolicyDraft(name, description, envName, mode, enabled, PolicyDocumentParser.storedRules(rulesJson),
                rulesJson);
    }
}
