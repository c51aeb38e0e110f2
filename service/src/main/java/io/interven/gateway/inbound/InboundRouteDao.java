package io.interven.gateway.inbound;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * {@code inbound_routes}. Admin statements name the tenant, so one tenant never reads or changes another's route;
 * the statements without a tenant serve the gateway itself: the proxy's cache, the start-up key check, and the one
 * yes/no question of whether a prefix is taken at all.
 */
@RegisterConstructorMapper(InboundRouteRow.class)
public interface InboundRouteDao {
    String COLUMNS = "prefix, tenant_id, upstream_base_url, credential_type, credential_name, credential_ciphertext,"
            + " credential_nonce, credential_key_id, allowed_methods, env_name, platform, connect_timeout_ms,"
            + " response_timeout_ms, created_at, updated_at";

    @SqlUpdate("INSERT INTO inbound_routes (" + COLUMNS + ") VALUES (:prefix, :tenantId, :upstreamBaseUrl,"
            + " :credentialType, :credentialName, :credentialCiphertext, :credentialNonce, :credentialKeyId,"
            + " :allowedMethods, :envName, :platform, :connectTimeoutMs, :responseTimeoutMs, :createdAt, :updatedAt)")
    void insert(@BindMethods InboundRouteRow row);

    @SqlQuery("SELECT " + COLUMNS + " FROM inbound_routes WHERE tenant_id = :tenantId AND prefix = :prefix")
    Optional<InboundRouteRow> findInTenant(@Bind("tenantId") UUID tenantId, @Bind("prefix") String prefix);

    @SqlQuery("SELECT " + COLUMNS + " FROM inbound_routes WHERE tenant_id = :tenantId ORDER BY prefix")
    List<InboundRouteRow> listInTenant(@Bind("tenantId") UUID tenantId);

    /** Whether any tenant has a route of this prefix: the namespace is global, nothing else of the route is read. */
    @SqlQuery("SELECT COUNT(*) > 0 FROM inbound_routes WHERE prefix = :prefix")
    boolean prefixTaken(@Bind("prefix") String prefix);

    /** Every route of every tenant: what the proxy's cache and the start-up key check read. */
    @SqlQuery("SELECT " + COLUMNS + " FROM inbound_routes ORDER BY prefix")
    List<InboundRouteRow> listAll();

    @SqlQuery("SELECT " + COLUMNS + " FROM inbound_routes WHERE prefix = :prefix")
    Optional<InboundRouteRow> findAnyTenant(@Bind("prefix") String prefix);

    /** Replaces everything of the tenant's route but its prefix, tenant and creation time. */
    @SqlUpdate("UPDATE inbound_routes SET upstream_base_url = :upstreamBaseUrl, credential_type = :credentialType,"
            + " credential_name = :credentialName, credential_ciphertext = :credentialCiphertext,"
            + " credential_nonce = :credentialNonce, credential_key_id = :credentialKeyId,"
            + " allowed_methods = :allowedMethods, env_name = :envName, platform = :platform,"
            + " connect_timeout_ms = :connectTimeoutMs, response_timeout_ms = :responseTimeoutMs,"
            + " updated_at = :updatedAt WHERE tenant_id = :tenantId AND prefix = :prefix")
    int update(@BindMethods InboundRouteRow row);

    @SqlUpdate("DELETE FROM inbound_routes WHERE tenant_id = :tenantId AND prefix = :prefix")
    int delete(@Bind("tenantId") UUID tenantId, @Bind("prefix") String prefix);

    /**
     * Re-encrypts one credential, only if the row still holds the ciphertext that was read (same key id and nonce):
     * two nodes starting at once both try, one changes the row, the other changes nothing.
     */
    @SqlUpdate("UPDATE inbound_routes SET credential_ciphertext = :ciphertext, credential_nonce = :nonce,"
            + " credential_key_id = :keyId WHERE prefix = :prefix AND credential_key_id = :oldKeyId"
            + " AND credential_nonce = :oldNonce")
    int reseal(@Bind("prefix") String prefix, @Bind("ciphertext") String ciphertext, @Bind("nonce") String nonce,
               @Bind("keyId") String keyId, @Bind("oldKeyId") String oldKeyId, @Bind("oldNonce") String oldNonce);
}
