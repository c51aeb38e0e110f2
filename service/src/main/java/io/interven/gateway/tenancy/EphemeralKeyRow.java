package io.interven.gateway.tenancy;

import java.util.UUID;

/**
 * An ephemeral key as stored in {@code api_keys}: its hash and display prefix (never the key), its limits and its
 * scope ({@code scopeTools}, {@code scopeVerbs}: comma-separated, null for any).
 */
public record EphemeralKeyRow(UUID id, UUID tenantId, String envName, String keyHash, String keyPrefix,
                              UUID agentId, String description, long createdAt, Long revokedAt, long expiresAt,
                              Integer maxUses, int uses, String scopeTools, String scopeVerbs) {

    /** Uses left, null when the key has no use limit. */
    public Integer usesLeft() {
        return maxUses == null ? null : Math.max(0, maxUses - uses);
    }
}
