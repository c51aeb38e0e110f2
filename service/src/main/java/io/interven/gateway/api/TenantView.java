package io.interven.gateway.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.interven.gateway.tenancy.TenantRow;
import java.util.UUID;

@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TenantView(UUID tenantId, String name, long createdAt) {
    public static TenantView of(TenantRow row) {
        return new TenantView(row.id(), row.name(), row.createdAt());
    }
}
