package io.interven.gateway.replay;

import java.util.UUID;

/** Where nonces are claimed: a nonce is claimed once per tenant until it expires, on every node alike. */
public interface NonceClaims {
    /**
     * Claims {@code nonce} for {@code tenantId} until {@code expiresAt} (epoch milliseconds, inclusive, as the replay
     * window is). True the first time; false while an earlier claim of the same nonce holds at {@code now}.
     */
    boolean claim(UUID tenantId, String nonce, long expiresAt, long now);
}
