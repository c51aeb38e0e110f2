package io.interven.gateway.tenancy;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The ephemeral keys of {@code api_keys} ({@code kind = 'ephemeral'}): mint, list, revoke, and count a use. */
@RegisterConstructorMapper(EphemeralKeyRow.class)
public interface EphemeralKeyDao {
    @SqlUpdate("INSERT INTO api_keys (id, tenant_id, env_name, key_hash, key_prefix, kind, roles, agent_id, "
            + "description, created_at, valid_until, max_uses, uses, scope_tools, scope_verbs) VALUES (:id, :tenantId, "
            + ":envName, :keyHash, :keyPrefix, 'ephemeral', 'scan', :agentId, :description, :createdAt, :expiresAt, "
            + ":maxUses, 0, :scopeTools, :scopeVerbs)")
    void insert(@BindMethods EphemeralKeyRow key);

    @SqlQuery("SELECT id, tenant_id, env_name, key_hash, key_prefix, agent_id, description, created_at, revoked_at, "
            + "valid_until AS expires_at, max_uses, uses, scope_tools, scope_verbs FROM api_keys "
            + "WHERE tenant_id = :tenantId AND kind = 'ephemeral' ORDER BY created_at, id")
    List<EphemeralKeyRow> listInTenant(@Bind("tenantId") UUID tenantId);

    /** Revokes an ephemeral key of the tenant; 1 when it was active, 0 when unknown, not ephemeral or revoked. */
    @SqlUpdate("UPDATE api_keys SET revoked_at = :now WHERE id = :id AND tenant_id = :tenantId "
            + "AND kind = 'ephemeral' AND revoked_at IS NULL")
    int revoke(@Bind("tenantId") UUID tenantId, @Bind("id") UUID id, @Bind("now") long now);

    @SqlQuery("SELECT COUNT(*) FROM api_keys WHERE id = :id AND tenant_id = :tenantId AND kind = 'ephemeral'")
    int countInTenant(@Bind("tenantId") UUID tenantId, @Bind("id") UUID id);

    /**
     * Counts one use, only while the key is active: one conditional statement, so that concurrent scans through
     * any number of nodes never count past {@code max_uses} (the database serializes the updates of the row and
     * re-checks the condition on the row as the earlier update left it). 1 when counted, 0 when refused.
     */
    @SqlUpdate("UPDATE api_keys SET uses = uses + 1 WHERE id = :id AND kind = 'ephemeral' AND revoked_at IS NULL "
            + "AND valid_until > :now AND (max_uses IS NULL OR uses < max_uses)")
    int consume(@Bind("id") UUID id, @Bind("now") long now);
}
