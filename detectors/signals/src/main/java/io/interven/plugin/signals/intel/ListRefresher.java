package io.interven.plugin.signals.intel;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Checks configured block-list files for changes on one background thread (a daemon), so that a scan never waits
 * for file I/O. The thread holds its lists weakly: lists no signal uses any more are dropped from the timer.
 */
final class ListRefresher {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "threat-intel-lists");
        thread.setDaemon(true);
        return thread;
    });

    private ListRefresher() {
    }

    /** Calls {@link ConfiguredLists#refresh()} every {@code interval} for as long as the lists are in use. */
    static void every(Duration interval, ConfiguredLists lists) {
        WeakReference<ConfiguredLists> weak = new WeakReference<>(lists);
        AtomicReference<ScheduledFuture<?>> handle = new AtomicReference<>();
        handle.set(TIMER.scheduleWithFixedDelay(() -> {
            ConfiguredLists alive = weak.get();
            if (alive == null) {
                ScheduledFuture<?> self = handle.get();
                if (self != null) {
                    self.cancel(false);
                }
                return;
            }
            alive.refresh();
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS));
    }
}
