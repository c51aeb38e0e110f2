package io.interven.gateway.tenancy;

import io.interven.spi.PluginSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final Logger LOG = LoggerFactory.getLogger(OwnPrincipalsCache.class);
    /** Beyond this many tenants cached, the cache starts again empty rather than growing without bound. */
    static final int MAX_TENANTS = 100_000;

    private record Entry(PluginSettings settings, long loadedAt) {
    }

    private final TenantPrincipals store;
    private final long ttlMillis;
    private final LongSupplier clock;
    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private final Set<UUID> refreshing = ConcurrentHashMap.newKeySet();
    private final Executor refresher;

    /** Refreshes entries on a daemon thread of its own. */
    public OwnPrincipalsCache(TenantPrincipals store, Duration ttl, LongSupplier clock) {
        this(store, ttl, clock, Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "own-principals-refresh");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** @param refresher where entries past half their {@code ttl} are read again */
    public OwnPrincipalsCache(TenantPrincipals store, Duration ttl, LongSupplier clock, Executor refresher) {
        this.store = store;
        this.ttlMillis = ttl.toMillis();
        this.clock = clock;
        this.refresher = refresher;
    }

    /** The tenant's own principals as the section {@code own} of signal settings. */
    public PluginSettings signalSettingsOf(UUID tenantId) {
        long now = clock.getAsLong();
        Entry entry = entries.get(tenantId);
        if (entry != null && now - entry.loadedAt() < ttlMillis) {
            if (now - entry.loadedAt() >= ttlMillis / 2) {
                refreshLater(tenantId);
            }
            return entry.settings();
        }
        return load(tenantId, now);
    }

    private void refreshLater(UUID tenantId) {
        if (!refreshing.add(tenantId)) {
            return;
        }
        try {
            refresher.execute(() -> {
                try {
                    load(tenantId, clock.getAsLong());
                } catch (RuntimeException e) {
                    LOG.warn("own principals of a tenant not refreshed ({}); read again by a later scan",
                            e.getClass().getName());
                } finally {
                    refreshing.remove(tenantId);
                }
            });
        } catch (RuntimeException e) {
            refreshing.remove(tenantId);
        }
    }

    private PluginSettings load(UUID tenantId, long now) {
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
