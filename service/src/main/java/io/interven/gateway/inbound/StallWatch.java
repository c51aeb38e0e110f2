package io.interven.gateway.inbound;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how long one read of an upstream's answer body may wait for bytes. The JDK client has no timeout once the
 * answer has started (and a blocked read ignores interrupts), so an upstream that sends its headers and then stalls
 * would hold a gateway thread for ever: when a read waits longer than the route's response timeout, the answer's
 * stream is closed from a timer thread, which ends the read with an {@link IOException}, and the relay gives the
 * answer up.
 */
final class StallWatch {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "inbound-stall-watch");
        thread.setDaemon(true);
        return thread;
    });

    /** One read that may block. */
    @FunctionalInterface
    interface Read {
        int run() throws IOException;
    }

    private final long timeoutMillis;
    private final Closeable stream;
    private volatile boolean stalled;

    /** @param stream what to close when a read waits longer than {@code timeout} */
    StallWatch(Duration timeout, Closeable stream) {
        this.timeoutMillis = Math.max(1, timeout.toMillis());
        this.stream = stream;
    }

    /**
     * Runs {@code read}, ending it when it waits longer than the timeout.
     *
     * @throws IOException the read's, or one saying the upstream stalled
     */
    int read(Read read) throws IOException {
        ScheduledFuture<?> alarm = TIMER.schedule(this::giveUp, timeoutMillis, TimeUnit.MILLISECONDS);
        try {
            return read.run();
        } catch (IOException e) {
            if (stalled) {
                throw new IOException("the upstream sent nothing for " + timeoutMillis + " ms");
            }
            throw e;
        } finally {
            alarm.cancel(false);
        }
    }

    private void giveUp() {
        stalled = true;
        try {
            stream.close();
        } catch (IOException | RuntimeException ignored) {
            // the read ends either way
        }
    }
}
