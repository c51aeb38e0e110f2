package io.interven.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.interven.gateway.tenancy.TenantSettingsRow;
import java.util.UUID;

/**
 * A tenant's settings as the admin API shows them; {@code rate_limit_per_minute} null means the gateway default,
 * {@code auto_register_agents} whether an unseen {@code agent_id} is registered on its first scan.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TenantSettingsView(UUID tenantId, Integer rateLimitPerMinute, boolean requireSignedRequests,
                                 int defaultRateLimitPerMinute, boolean autoRegisterAgents) {
    public static TenantSettingsView of(TenantSettingsRow row, int defaultRateLimitPerMinute) {
        return new TenantSettingsView(row.tenantId(), row.rateLimitPerMinute(), row.requireSignedRequests(),
                defaultRateLimitPerMinute, row.autoRegisterAgents());
    }
}
