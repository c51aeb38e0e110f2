package io.interven.gateway.tenancy;

import io.interven.gateway.auth.StoredKey;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@code api_keys}. */
@RegisterConstructorMapper(ApiKeyRow.class)
@RegisterConstructorMapper(StoredKey.class)
@RegisterColumnMapper(StoredRolesColumnMapper.class)
public interface ApiKeyDao {
    @SqlUpdate("INSERT INTO api_keys (id, tenant_id, env_name, key_hash, key_prefix, kind, roles, agent_id, "
            + "description, created_at) VALUES (:id, :tenantId, :envName, :keyHash, :keyPrefix, :kind, :roles, "
            + ":agentId, :description, :createdAt)")
    void insert(@BindMethods ApiKeyRow key);

    /**
     * The key with the given hash, its limits, the default agent of its environment and whether its tenant requires
     * signed requests, in one statement: what every authenticated request needs, at the cost of one round trip.
     */
    @SqlQuery("SELECT k.id AS key_id, k.tenant_id, k.env_name, k.agent_id AS bound_agent_id, "
            + "e.default_agent_id AS environment_default_agent_id, k.roles, k.revoked_at, k.kind, "
            + "k.valid_until AS expires_at, k.max_uses, k.uses, k.scope_tools, k.scope_verbs, "
            + "COALESCE(s.require_signed_requests, FALSE) AS signatures_required FROM api_keys k "
            + "LEFT JOIN environments e ON e.tenant_id = k.tenant_id AND e.name = k.env_name "
            + "LEFT JOIN tenant_settings s ON s.tenant_id = k.tenant_id "
            + "WHERE k.key_hash = :keyHash")
    Optional<StoredKey> findForAuthentication(@Bind("keyHash") String keyHash);

    @SqlQuery("SELECT * FROM api_keys WHERE tenant_id = :tenantId ORDER BY created_at, id")
    List<ApiKeyRow> listInTenant(@Bind("tenantId") UUID tenantId);

    /** Revokes a key of the tenant; returns 1 when it was active, 0 when unknown or already revoked. */
    @SqlUpdate("UPDATE api_keys SET revoked_at = :now WHERE id = :id AND tenant_id = :tenantId AND revoked_at IS NULL")
    int revoke(@Bind("tenantId") UUID tenantId, @Bind("id") UUID id, @Bind("now") long now);

    @SqlQuery("SELECT * FROM api_keys WHERE id = :id AND tenant_id = :tenantId")
    Optional<ApiKeyRow> findInTenant(@Bind("tenantId") UUID tenantId, @Bind("id") UUID id);
}
