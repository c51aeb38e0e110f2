package io.interven.gateway.auth;

import java.util.UUID;

/** Counts the uses of ephemeral keys where every node sees them: the database. */
public interface EphemeralUses {
    /**
     * Uses one use of the key, atomically: true when the key was still active (not revoked, not expired, a use
     * left) and the use is now counted; false otherwise, and nothing is counted.
     */
    boolean consume(UUID keyId, long nowMillis);

    /** Counts nothing: every ephemeral key is refused. For services built without a database. */
    EphemeralUses NONE = (keyId, nowMillis) -> false;
}
