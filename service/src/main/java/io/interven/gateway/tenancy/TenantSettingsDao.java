package io.interven.gateway.tenancy;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@code tenant_settings}. */
@RegisterConstructorMapper(TenantSettingsRow.class)
public interface TenantSettingsDao {
    @SqlQuery("SELECT * FROM tenant_settings WHERE tenant_id = ?")
    Optional<TenantSettingsRow> find(UUID tenantId);

    @SqlUpdate("INSERT INTO tenant_settings (tenant_id, rate_limit_per_minute, require_signed_requests, updated_at,"
            + " auto_register_agents)"
            + " VALUES (:tenantId, :rateLimitPerMinute, :requireSignedRequests, :updatedAt, :autoRegisterAgents)")
    void insert(@BindMethods TenantSettingsRow settings);

    @SqlUpdate("UPDATE tenant_settings SET rate_limit_per_minute = :rateLimitPerMinute,"
            + " require_signed_requests = :requireSignedRequests, updated_at = :updatedAt,"
            + " auto_register_agents = :autoRegisterAgents WHERE tenant_id = :tenantId")
    int update(@BindMethods TenantSettingsRow settings);
}
