package io.interven.gateway.history;

import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's history caches fresh, in the background:
 * <ul>
 *   <li>loads an agent's baseline when the cache first meets it (one agent at a time, from a bounded queue; a load
 *       that fails drops the entry, so that the agent's next call asks again);</li>
 *   <li>every refresh interval reads the rows any node wrote since the last refresh (less an overlap of
 *       {@value #OVERLAP_MILLIS} ms for clocks that differ between nodes and writes that commit late) and merges
 *       them into the agents held; merging is idempotent, so the overlap costs nothing but the rows read again;</li>
 *   <li>at start, loads the values read within the read-value window; once a minute, sweeps the rows past their
 *       retention and drops the agents idle longer than the idle time.</li>
 * </ul>
 * A fact written by another node is so merged here within the writer's flush interval plus the refresh interval
 * (plus the time of the statements), when the database is reachable and the agent is held.
 */
public class HistoryRefresher implements Managed {
    static final long OVERLAP_MILLIS = 10_000;
    private static final long SWEEP_MILLIS = 60_000;
    private static final int LOAD_QUEUE = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(HistoryRefresher.class);

    private final HistoryStore store;
    private final HistoryCaches caches;
    private final HistoryWindows windows;
    private final Clock clock;
    private final ScheduledExecutorService refresher;
    private final ExecutorService loader;
    private long lastRefresh;
    private long lastSweep;
    private boolean readsLoaded;

    HistoryRefresher(HistoryStore store, HistoryCaches caches, HistoryWindows windows, Clock clock) {
        this.store = store;
        this.caches = caches;
        this.windows = windows;
        this.clock = clock;
        this.refresher = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> daemon(r,
                "history-refresh"));
        this.loader = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(LOAD_QUEUE),
                r -> daemon(r, "history-load"));
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Asks for the agent's baseline to be loaded; when too many loads wait, the entry is dropped to be asked again. */
    void loadLater(AgentKey agent) {
        try {
            loader.execute(() -> load(agent));
        } catch (RejectedExecutionException e) {
            caches.baselines().forget(agent);
        }
    }

    private void load(AgentKey agent) {
        try {
            AgentBaseline baseline = caches.baselines().held(agent).orElse(null);
            if (baseline == null) {
                return;
            }
            store.factsOf(agent).forEach(baseline::merge);
            store.volumesOf(agent, clock.millis() - windows.volumeMillis()).forEach(baseline::merge);
            baseline.markLoaded();
        } catch (RuntimeException e) {
            LOG.warn("agent baseline not loaded ({}); asked again on its next call", e.getClass().getName());
            caches.baselines().forget(agent);
        }
    }

    @Override
    public void start() {
        lastRefresh = clock.millis();
        lastSweep = lastRefresh;
        refresher.scheduleWithFixedDelay(this::refreshQuietly, 0, windows.refreshMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() throws InterruptedException {
        refresher.shutdownNow();
        loader.shutdownNow();
        refresher.awaitTermination(5, TimeUnit.SECONDS);
        loader.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException | Error e) {
            LOG.warn("history refresh failed ({}); retried next interval", e.getClass().getName());
        }
    }

    /**
     * The rows in the order their reads were made (the database's order kept for reads of one instant): the cache
     * keeps each value's reads in that order, and a read added out of it is moved into place, which for the reads of
     * a whole window at start, in whatever order the database answers them, would cost a pass over a value's reads
     * for each.
     */
    private static List<ReadValue> inReadOrder(List<ReadValue> rows) {
        List<ReadValue> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingLong(ReadValue::readAt));
        return ordered;
    }

    /** One refresh: what changed since the last one, the read values at the first, the sweep once a minute. */
    void refresh() {
        long now = clock.millis();
        long writtenSince = readsLoaded ? lastRefresh - OVERLAP_MILLIS : 0;
        inReadOrder(store.readValuesWrittenSince(writtenSince, now - windows.readMillis()))
                .forEach(caches.reads()::add);
        readsLoaded = true;
        for (FactRow row : store.factsChangedSince(lastRefresh - OVERLAP_MILLIS)) {
            caches.baselines().held(row.agent()).ifPresent(baseline -> baseline.merge(row));
        }
        for (VolumeRow row : store.volumesChangedSince(lastRefresh - OVERLAP_MILLIS)) {
            caches.baselines().held(row.agent()).ifPresent(baseline -> baseline.merge(row));
        }
        lastRefresh = now;
        if (now - lastSweep >= SWEEP_MILLIS) {
            lastSweep = now;
            sweep(now);
        }
    }

    private void sweep(long now) {
        caches.reads().forgetBefore(now - windows.readMillis());
        caches.baselines().evictIdle(now - windows.idleMillis(), now - windows.volumeMillis());
        int swept = store.sweep(now - windows.factMillis(), now - windows.volumeMillis(), now - windows.readMillis());
        if (swept > 0) {
            LOG.info("history sweep: {} row(s) past their retention deleted", swept);
        }
    }
}
