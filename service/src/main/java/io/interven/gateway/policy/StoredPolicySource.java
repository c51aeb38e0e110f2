package io.interven.gateway.policy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The enabled policies of an environment, read from {@link PolicyStore} and kept for a short time. An apply on
 * this node takes effect at once; other nodes see it within {@code ttlMillis}.
 */
public class StoredPolicySource implements PolicySource {
    private record Key(UUID tenantId, String envName) {
    }

    private record Entry(List<Policy> policies, long loadedAt) {
    }

    private final PolicyStore store;
    private final long ttlMillis;
    private final LongSupplier clock;
    private final Map<Key, Entry> cache = new ConcurrentHashMap<>();

    public StoredPolicySource(PolicyStore store, long ttlMillis, LongSupplier clock) {
        this.store = store;
        this.ttlMillis = ttlMillis;
        this.clock = clock;
    }

    @Override
    public List<Policy> activePolicies(UUID tenantId, String envName) {
        Key key = new Key(tenantId, envName);
        long now = clock.getAsLong();
        Entry entry = cache.get(key);
        if (entry == null || now - entry.loadedAt() >= ttlMillis) {
            List<Policy> loaded = store.latestOfEnvironment(tenantId, envName).stream()
                    .filter(StoredPolicy::enabled).map(StoredPolicy::toPolicy).toList();
            entry = new Entry(loaded, now);
            cache.put(key, entry);
        }
        return entry.policies();
    }

    /** Forgets what was read for the environment, after a change on this node. */
    public void invalidate(UUID tenantId, String envName) {
        cache.remove(new Key(tenantId, envName));
    }
}
