package io.interven.gateway.tenancy;

import java.util.UUID;

/** A row of {@code api_keys}: the key's SHA-256 hash and a short display prefix, never the key itself. */
public record ApiKeyRow(UUID id, UUID tenantId, String envName, String keyHash, String keyPrefix, String kind,
                        String roles, UUID agentId, String description, long createdAt, Long revokedAt) {
}
