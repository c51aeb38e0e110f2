package io.interven.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.interven.gateway.tenancy.OwnPrincipals;
import io.interven.gateway.tenancy.TenantSettingsRow;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tenant's settings as the admin API shows them; {@code rate_limit_per_minute} null means the gateway default;
 * {@code auto_register_agents} whether an unseen {@code agent_id} is registered on its first scan;
 * {@code own_principals} lists the tenant's own organisation, every list present (empty when never set).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TenantSettingsView(UUID tenantId, Integer rateLimitPerMinute, boolean requireSignedRequests,
                                 int defaultRateLimitPerMinute, boolean autoRegisterAgents,
                                 Map<String, List<String>> ownPrincipals) {
    public static TenantSettingsView of(TenantSettingsRow row, int defaultRateLimitPerMinute, OwnPrincipals own) {
        return new TenantSettingsView(row.tenantId(), row.rateLimitPerMinute(), row.requireSignedRequests(),
                defaultRateLimitPerMinute, row.autoRegisterAgents(), own.lists());
    }
}
