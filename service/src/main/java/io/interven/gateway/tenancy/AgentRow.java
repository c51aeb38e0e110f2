package io.interven.gateway.tenancy;

import java.util.UUID;

/** A row of {@code agents}. */
public record AgentRow(UUID id, UUID tenantId, String envName, String name, String runtimeType, long createdAt) {
}
