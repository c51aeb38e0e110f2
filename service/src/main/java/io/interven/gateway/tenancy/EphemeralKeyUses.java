package io.interven.gateway.tenancy;

import io.interven.gateway.auth.EphemeralUses;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Counts the uses of ephemeral keys in the database, one conditional UPDATE per use. */
public class EphemeralKeyUses implements EphemeralUses {
    private final EphemeralKeyDao keys;

    public EphemeralKeyUses(Jdbi jdbi) {
        this.keys = jdbi.onDemand(EphemeralKeyDao.class);
    }

    @Override
    public boolean consume(UUID keyId, long nowMillis) {
        return keys.consume(keyId, nowMillis) == 1;
    }
}
