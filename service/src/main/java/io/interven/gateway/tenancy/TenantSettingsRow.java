package io.interven.gateway.tenancy;

import java.util.UUID;

/**
 * The settings of one tenant. {@code rateLimitPerMinute} null means the gateway's configured default;
 * {@code requireSignedRequests} makes every request of the tenant's keys carry a valid signature;
 * {@code autoRegisterAgents} registers an {@code agent_id} the tenant has not used before on its first scan (when
 * false, such a scan answers 403).
 */
public record TenantSettingsRow(UUID tenantId, Integer rateLimitPerMinute, boolean requireSignedRequests,
                                long updatedAt, boolean autoRegisterAgents) {

    /** The settings of a tenant that never changed one. */
    public static TenantSettingsRow defaults(UUID tenantId) {
        return new TenantSettingsRow(tenantId, null, false, 0L, true);
    }
}
