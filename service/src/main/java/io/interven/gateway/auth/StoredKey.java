package io.interven.gateway.auth;

import java.util.UUID;

/**
 * What authentication reads of a stored key: whose it is, the agent it was minted for ({@code boundAgentId}, null
 * when none), the default agent of its environment, its roles as stored ({@code "analyst,scan"}) and when it was
 * revoked (null while active). Never the key itself.
 */
public record StoredKey(UUID keyId, UUID tenantId, String envName, UUID boundAgentId, UUID environmentDefaultAgentId,
                        String roles, Long revokedAt) {
}
