package io.interven.gateway.policy;

import io.interven.gateway.cache.RefreshAheadCache;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * The enabled policies of an environment, read from {@link PolicyStore}, their rules ordered once
 * ({@link ActivePolicies}), and kept for at most {@code maxStaleness}
 * ({@link RefreshAheadCache}: an environment that scans steadily has them read again off the request thread). An
 * apply on this node takes effect at once; other nodes see it within {@code maxStaleness}.
 */
public class StoredPolicySource implements PolicySource {
    /** Beyond this many environments cached, the cache starts again empty. */
    static final int MAX_ENVIRONMENTS = 100_000;

    private record Key(UUID tenantId, String envName) {
    }

    private final RefreshAheadCache<Key, ActivePolicies> cache;

    public StoredPolicySource(PolicyStore store, Duration maxStaleness, LongSupplier clock) {
        this.cache = RefreshAheadCache.of("policies", key -> Optional.of(enabledOf(store, key)), policies -> true,
                maxStaleness, MAX_ENVIRONMENTS, clock);
    }

    private static ActivePolicies enabledOf(PolicyStore store, Key key) {
        return ActivePolicies.of(store.latestOfEnvironment(key.tenantId(), key.envName()).stream()
                .filter(StoredPolicy::enabled).map(StoredPolicy::toPolicy).toList());
    }

    @Override
    public ActivePolicies activePolicies(UUID tenantId, String envName) {
        return cache.get(new Key(tenantId, envName)).orElseThrow();
    }

    /** Forgets what was read for the environment, after a change on this node. */
    public void invalidate(UUID tenantId, String envName) {
        cache.invalidate(new Key(tenantId, envName));
    }
}
