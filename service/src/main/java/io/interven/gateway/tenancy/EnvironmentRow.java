package io.interven.gateway.tenancy;

import java.util.UUID;

/** A row of {@code environments}: one named environment of a tenant and the agent its keys default to. */
public record EnvironmentRow(UUID tenantId, String name, UUID defaultAgentId, long createdAt) {
}
