package io.interven.gateway.tenancy;

import io.interven.gateway.cache.RefreshAheadCache;
import io.interven.spi.PluginSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * Each tenant's own principals as signals see them, read from {@link TenantPrincipals} and kept per tenant for
 * {@code ttl}, so that a scan makes no database round trip for them. An entry past half its {@code ttl} is read again
 * off the request thread (the scan that notices it answers from the entry), so a tenant that scans steadily never
 * waits for the database; an entry older than {@code ttl} is never used, so the first scan of a tenant, or of one
 * idle for longer than {@code ttl}, reads it on its own thread. A change made through this cache applies on this
 * node at once; another node sees it within {@code ttl} (10 seconds by default). A read that started before a change
 * never stores what it read after the change.
 */
public class OwnPrincipalsCache {
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(10);
    /** Beyond this many tenants cached, the cache starts again empty rather than growing without bound. */
    static final int MAX_TENANTS = 100_000;

    private final TenantPrincipals store;
    private final RefreshAheadCache<UUID, PluginSettings> entries;

    /** Refreshes entries on a daemon thread of its own. */
    public OwnPrincipalsCache(TenantPrincipals store, Duration ttl, LongSupplier clock) {
        this.store = store;
        this.entries = RefreshAheadCache.of("own-principals", tenantId -> Optional.of(settingsOf(store, tenantId)),
                settings -> true, ttl, MAX_TENANTS, clock);
    }

    /** @param refresher where entries past half their {@code ttl} are read again */
    public OwnPrincipalsCache(TenantPrincipals store, Duration ttl, LongSupplier clock, Executor refresher) {
        this.store = store;
        this.entries = RefreshAheadCache.of("own-principals", tenantId -> Optional.of(settingsOf(store, tenantId)),
                settings -> true, ttl, MAX_TENANTS, clock, refresher);
    }

    private static PluginSettings settingsOf(TenantPrincipals store, UUID tenantId) {
        return store.of(tenantId).asSignalSettings();
    }

    /** The tenant's own principals as the section {@code own} of signal settings. */
    public PluginSettings signalSettingsOf(UUID tenantId) {
        return entries.get(tenantId).orElseThrow();
    }

    /** Replaces the named lists and forgets what this node had read of the tenant. */
    public OwnPrincipals replace(UUID tenantId, Map<String, List<String>> lists) {
        try {
            return store.replace(tenantId, lists);
        } finally {
            entries.invalidate(tenantId);
        }
    }
}
