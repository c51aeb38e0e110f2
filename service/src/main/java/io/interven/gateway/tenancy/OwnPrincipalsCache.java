package io.interven.gateway.tenancy;

import io.interven.spi.PluginSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Each tenant's own principals as signals see them, read from {@link TenantPrincipals} at most once per
 * {@code ttl} per tenant, so that a scan makes no database round trip for them. A change made through this cache
 * applies on this node at once; another node sees it once its entry is older than {@code ttl} (10 seconds by
 * default). A read that started before a change never stores what it read after the change.
 */
public class OwnPrincipalsCache {
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(10);
    /** Beyond this many tenants cached, the cache starts again empty rather than growing without bound. */
    static final int MAX_TENANTS = 100_000;

    private record Entry(PluginSettings settings, long loadedAt) {
    }

    private final TenantPrincipals store;
    private final long ttlMillis;
    private final LongSupplier clock;
    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    public OwnPrincipalsCache(TenantPrincipals store, Duration ttl, LongSupplier clock) {
        this.store = store;
        this.ttlMillis = ttl.toMillis();
        this.clock = clock;
    }

    /** The tenant's own principals as the section {@code own} of signal settings. */
    public PluginSettings signalSettingsOf(UUID tenantId) {
        long now = clock.getAsLong();
        Entry entry = entries.get(tenantId);
        if (entry != null && now - entry.loadedAt() < ttlMillis) {
            return entry.settings();
        }
        long before = changes.get();
        PluginSettings loaded = store.of(tenantId).asSignalSettings();
        if (changes.get() == before) {
            if (entries.size() >= MAX_TENANTS) {
                entries.clear();
            }
            entries.put(tenantId, new Entry(loaded, now));
        }
        return loaded;
    }

    /** Replaces the named lists and forgets what this node had read of the tenant. */
    public OwnPrincipals replace(UUID tenantId, Map<String, List<String>> lists) {
        try {
            return store.replace(tenantId, lists);
        } finally {
            changes.incrementAndGet();
            entries.remove(tenantId);
        }
    }
}
