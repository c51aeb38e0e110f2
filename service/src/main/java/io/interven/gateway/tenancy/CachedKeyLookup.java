package io.interven.gateway.tenancy;

import io.interven.gateway.auth.KeyLookup;
import io.interven.gateway.auth.StoredKey;
import io.interven.gateway.cache.RefreshAheadCache;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Long-lived keys as authentication reads them, kept for at most {@code maxStaleness} ({@link RefreshAheadCache}):
 * a key revoked, or a tenant's {@code require_signed_requests} changed, on another node holds here within that bound,
 * and at once when the change is made on this node ({@link #forgetKey}, {@link #forgetTenant}). A key that is not
 * found is read again on every request, so a key minted on another node works at once. Ephemeral keys are never kept:
 * their uses and expiry are exact, one statement per request as before.
 */
public class CachedKeyLookup implements KeyLookup {
    /** Beyond this many keys cached, the cache starts again empty. */
    static final int MAX_KEYS = 200_000;

    private final RefreshAheadCache<String, StoredKey> keys;

    public CachedKeyLookup(KeyLookup store, Duration maxStaleness, LongSupplier clock) {
        this.keys = RefreshAheadCache.of("api-keys", store::byHash, key -> !key.isEphemeral(), maxStaleness,
                MAX_KEYS, clock);
    }

    @Override
    public Optional<StoredKey> byHash(String keyHash) {
        return keys.get(keyHash);
    }

    /** After the key was revoked on this node. */
    public void forgetKey(UUID keyId) {
        keys.invalidateIf(key -> key.keyId().equals(keyId));
    }

    /** After a setting of the tenant that authentication reads changed on this node. */
    public void forgetTenant(UUID tenantId) {
        keys.invalidateIf(key -> key.tenantId().equals(tenantId));
    }
}
