package io.interven.gateway.db;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(ApiKeyRow.class)
public interface ApiKeyDao {
    @SqlUpdate("INSERT INTO api_keys (id, tenant_id, env_name, key_hash, key_prefix, kind, roles, agent_id, "
            + "description, created_at) VALUES (:id, :tenantId, :envName, :keyHash, :keyPrefix, :kind, :roles, "
            + ":agentId, :description, :createdAt)")
    void insert(@BindMethods ApiKeyRow key);

    @SqlQuery("SELECT * FROM api_keys WHERE key_hash = ?")
    Optional<ApiKeyRow> findByHash(String keyHash);

    @SqlQuery("SELECT * FROM api_keys WHERE tenant_id = :tenantId ORDER BY created_at, id")
    List<ApiKeyRow> listInTenant(@Bind("tenantId") UUID tenantId);

    /** Revokes a key of the tenant; returns 1 when it was active, 0 when unknown or already revoked. */
    @SqlUpdate("UPDATE api_keys SET revoked_at = :now WHERE id = :id AND tenant_id = :tenantId AND revoked_at IS NULL")
    int revoke(@Bind("tenantId") UUID tenantId, @Bind("id") UUID id, @Bind("now") long now);

    @SqlQuery("SELECT * FROM api_keys WHERE id = :id AND tenant_id = :tenantId")
    Optional<ApiKeyRow> findInTenant(@Bind("tenantId") UUID tenantId, @Bind("id") UUID id);
}
