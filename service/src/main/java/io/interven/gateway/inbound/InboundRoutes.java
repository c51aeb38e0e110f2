package io.interven.gateway.inbound;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every inbound route of the gateway, in memory with its credential opened, so that the proxy finds a call's route
 * without a database round trip: {@link #byPrefix} only reads a map.
 *
 * <p>How fresh: a change made through this class (the admin API of this node) applies here at once; a change made
 * on another node is read by the refresh, which reads every route again every {@code refreshInterval} (2 seconds by
 * default) on its own thread, never a request's. So a node serves another node's change at most one interval plus
 * one refresh's query after it was made. A refresh that read the table before a change made here never puts back
 * what it read of that prefix. While the database cannot be read, the node keeps serving the routes it last read.
 *
 * <p>A route whose credential does not open (changed or copied ciphertext, a master key this node lacks) is not
 * served and is logged by prefix once per stored version.
 */
public class InboundRoutes implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(InboundRoutes.class);

    private record Entry(InboundRouteRow row, InboundRoute route) {
    }

    private final InboundRouteStore store;
    private final Duration refreshInterval;
    private final Map<String, Entry> routes = new ConcurrentHashMap<>();
    /** Rows that did not open, by prefix, so each version is logged once rather than at every refresh. */
    private final Map<String, InboundRouteRow> unreadable = new ConcurrentHashMap<>();
    /** Prefixes changed on this node, with the change's sequence number: what a refresh begun before must not undo. */
    private final Map<String, Long> localChanges = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Object applying = new Object();
    /** One refresh at a time, so that an older read is never applied after a newer one. */
    private final Object refreshing = new Object();
    private ScheduledExecutorService refresher;

    public InboundRoutes(InboundRouteStore store, Duration refreshInterval) {
        this.store = store;
        this.refreshInterval = refreshInterval;
    }

    /** The route of this prefix with its credential, from memory (see the class comment for how fresh). */
    public Optional<InboundRoute> byPrefix(String prefix) {
        if (prefix == null) {
            return Optional.empty();
        }
        Entry entry = routes.get(prefix);
        return entry == null ? Optional.empty() : Optional.of(entry.route());
    }

    /** The longest another node's change takes to reach this node, beside the time of one refresh's query. */
    public Duration refreshInterval() {
        return refreshInterval;
    }

    /** Stores a new route of the tenant and serves it here at once. */
    public InboundRouteRow create(UUID tenantId, RouteDraft draft) {
        try {
            return store.create(tenantId, draft);
        } finally {
            reload(draft.prefix());
        }
    }

    /** Replaces the tenant's route and serves the new one here at once; empty when the tenant has none of it. */
    public Optional<InboundRouteRow> replace(UUID tenantId, RouteDraft draft) {
        try {
            return store.replace(tenantId, draft);
        } finally {
            reload(draft.prefix());
        }
    }

    /** Deletes the tenant's route; it is no longer served here at once. False when the tenant had none of it. */
    public boolean delete(UUID tenantId, String prefix) {
        try {
            return store.delete(tenantId, prefix);
        } finally {
            reload(prefix);
        }
    }

    /** Reads every route again (the first load at start, then every interval). */
    public void refresh() {
        synchronized (refreshing) {
            refreshOnce();
        }
    }

    private void refreshOnce() {
        long startedAt = sequence.get();
        List<InboundRouteRow> rows = store.all();
        synchronized (applying) {
            Map<String, InboundRouteRow> read = new HashMap<>();
            rows.forEach(row -> read.put(row.prefix(), row));
            for (InboundRouteRow row : rows) {
                if (!changedHereSince(row.prefix(), startedAt)) {
                    apply(row.prefix(), row);
                }
            }
            for (String prefix : Set.copyOf(routes.keySet())) {
                if (!read.containsKey(prefix) && !changedHereSince(prefix, startedAt)) {
                    apply(prefix, null);
                }
            }
            unreadable.keySet().removeIf(prefix -> !read.containsKey(prefix));
            localChanges.values().removeIf(changeNumber -> changeNumber <= startedAt);
        }
    }

    /** Reads one prefix again after a change made here, and serves what the database now holds of it. */
    private void reload(String prefix) {
        long change = sequence.incrementAndGet();
        localChanges.put(prefix, change);
        synchronized (applying) {
            apply(prefix, store.byPrefix(prefix).orElse(null));
        }
    }

    private boolean changedHereSince(String prefix, long startedAt) {
        Long change = localChanges.get(prefix);
        return change != null && change > startedAt;
    }

    /** Serves {@code row} under its prefix (null: nothing), opening its credential only when the row changed. */
    private void apply(String prefix, InboundRouteRow row) {
        if (row == null) {
            routes.remove(prefix);
            unreadable.remove(prefix);
            return;
        }
        Entry held = routes.get(prefix);
        if (held != null && held.row().equals(row)) {
            return;
        }
        try {
            routes.put(prefix, new Entry(row, store.open(row)));
            unreadable.remove(prefix);
        } catch (CredentialUnreadable e) {
            routes.remove(prefix);
            if (!row.equals(unreadable.put(prefix, row))) {
                LOG.error("{}; the route is not served", e.getMessage());
            }
        }
    }

    @Override
    public void start() {
        refresher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "inbound-route-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1, refreshInterval.toMillis());
        refresher.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() throws InterruptedException {
        if (refresher != null) {
            refresher.shutdownNow();
            refresher.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException | Error e) {
            LOG.warn("inbound routes not refreshed ({}); the routes last read are served, retried next interval",
                    e.getClass().getName());
        }
    }
}
