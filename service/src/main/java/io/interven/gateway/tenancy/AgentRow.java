package io.interven.gateway.tenancy;

import java.util.UUID;
import org.jdbi.v3.core.mapper.reflect.JdbiConstructor;

/**
 * A row of {@code agents}. An agent is identified by its tenant and its id together: two tenants may use the same
 * id for two different agents. {@code registeredOnFirstUse}: registered by its first scan rather than by an admin.
 */
public record AgentRow(UUID id, UUID tenantId, String envName, String name, String runtimeType, long createdAt,
                       boolean registeredOnFirstUse) {
    @JdbiConstructor
    public AgentRow {
    }

    /** An agent registered by an admin (API or command line). */
    public AgentRow(UUID id, UUID tenantId, String envName, String name, String runtimeType, long createdAt) {
        this(id, tenantId, envName, name, runtimeType, createdAt, false);
    }
}
