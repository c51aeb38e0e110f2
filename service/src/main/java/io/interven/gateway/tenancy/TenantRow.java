package io.interven.gateway.tenancy;

import java.util.UUID;

/** A row of {@code tenants}. {@code hmacSalt} keys the tenant's fingerprints; it is never shown by the API. */
public record TenantRow(UUID id, String name, String hmacSalt, long createdAt) {
}
