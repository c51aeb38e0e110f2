package io.interven.gateway.trace;

import io.interven.gateway.batch.BatchQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The traces of answered scans that are not yet in the database, in the order they were recorded. Bounded by
 * places: a scan takes one ({@link #reserve}) before it decides anything and the place is freed only once its trace
 * is written (or given up for a fault of its own), so traces waiting for an unreachable database count against the
 * bound as long as they wait. When no place is free, the scan is refused instead of being decided unaudited.
 */
final class TraceBuffer {
    private static final long SLICE_MILLIS = 100;

    private final int capacity;
    private final Semaphore places;
    private final BatchQueue<TraceRecord> queued = BatchQueue.unbounded();
    private final Map<UUID, TraceRecord> unwritten = new ConcurrentHashMap<>();

    TraceBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.places = new Semaphore(capacity);
    }

    /** A place for one trace, or nothing when every place is taken. */
    Optional<TracePlace> reserve() {
        if (!places.tryAcquire()) {
            return Optional.empty();
        }
        return Optional.of(new TracePlace(this::keep, places::release));
    }

    private void keep(TraceRecord trace) {
        unwritten.put(trace.traceId(), trace);
        queued.offer(trace);
    }

    /** The trace, while it is recorded here and not yet written (or given up). */
    Optional<TraceRecord> unwritten(UUID traceId) {
        return Optional.ofNullable(unwritten.get(traceId));
    }

    /**
     * The next batch, oldest first: waits for a first trace, then up to {@code fillWaitMillis} more for the batch to
     * fill; answers what is there by then. Gives up waiting (answering what it has, possibly nothing) as soon as
     * {@code keepWaiting} turns false. The places stay taken until {@link #free}. Sleeps while the batch fills (woken
     * when it is full or the wait is over), rather than waking at every trace. One thread calls this at a time.
     */
    List<TraceRecord> next(int max, long fillWaitMillis, BooleanSupplier keepWaiting) throws InterruptedException {
        List<TraceRecord> batch = new ArrayList<>(Math.min(max, 1024));
        while (batch.isEmpty() && keepWaiting.getAsBoolean()) {
            queued.awaitAtLeast(1, SLICE_MILLIS, TimeUnit.MILLISECONDS);
            queued.drainTo(batch, max);
        }
        if (batch.isEmpty()) {
            return batch;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(fillWaitMillis);
        while (true) {
            queued.drainTo(batch, max - batch.size());
            long left = deadline - System.nanoTime();
            if (batch.size() >= max || left <= 0 || !keepWaiting.getAsBoolean()) {
                return batch;
            }
            queued.awaitAtLeast(max - batch.size(), Math.min(left, TimeUnit.MILLISECONDS.toNanos(SLICE_MILLIS)),
                    TimeUnit.NANOSECONDS);
        }
    }

    /** Everything queued now, oldest first, without waiting (still findable until {@link #free}d). */
    List<TraceRecord> drain() {
        List<TraceRecord> rest = new ArrayList<>();
        queued.drainTo(rest, Integer.MAX_VALUE);
        return rest;
    }

    /** Frees the places of {@code settled}: traces written, or given up. */
    void free(List<TraceRecord> settled) {
        settled.forEach(trace -> unwritten.remove(trace.traceId(), trace));
        places.release(settled.size());
    }

    /** Places neither reserved nor holding a trace. */
    int freePlaces() {
        return places.availablePermits();
    }

    int capacity() {
        return capacity;
    }
}
