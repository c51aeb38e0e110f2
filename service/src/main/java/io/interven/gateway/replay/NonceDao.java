package io.interven.gateway.replay;

import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@code request_nonces}: the nonces of signed requests, each usable once per tenant until it expires. */
public interface NonceDao {
    /** Fails with a unique violation (SQLState 23505) when the tenant's nonce is already stored. */
    @SqlUpdate("INSERT INTO request_nonces (tenant_id, nonce, expires_at) VALUES (:tenantId, :nonce, :expiresAt)")
    void insert(@Bind("tenantId") UUID tenantId, @Bind("nonce") String nonce, @Bind("expiresAt") long expiresAt);

    /** Removes the tenant's nonce if it expired before {@code now}; returns 1 when it did. */
    @SqlUpdate("DELETE FROM request_nonces WHERE tenant_id = :tenantId AND nonce = :nonce AND expires_at < :now")
    int deleteIfExpired(@Bind("tenantId") UUID tenantId, @Bind("nonce") String nonce, @Bind("now") long now);

    /** Removes every nonce of every tenant that expired before {@code now}; returns how many. */
    @SqlUpdate("DELETE FROM request_nonces WHERE expires_at < :now")
    int deleteExpired(@Bind("now") long now);
}
