package io.interven.gateway.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.interven.gateway.tenancy.AgentRow;
import java.util.UUID;

@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AgentView(UUID agentId, UUID tenantId, String envName, String name, String runtimeType, long createdAt,
                        boolean registeredOnFirstUse) {
    public static AgentView of(AgentRow row) {
        return new AgentView(row.id(), row.tenantId(), row.envName(), row.name(), row.runtimeType(), row.createdAt(),
                row.registeredOnFirstUse());
    }
}
