package io.interven.gateway.trace;

import io.dropwizard.lifecycle.Managed;
import io.interven.gateway.db.DatabaseUnavailable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes traces off the request thread, in batches: a batch is written when it is full or when its oldest trace
 * has waited the flush interval. Every trace has its place in a bounded {@link TraceBuffer}, taken by its scan
 * before the scan decided anything ({@link #reserve}); nothing is ever written on the caller's thread.
 *
 * <p>Two kinds of failure, two answers. When the database cannot be reached ({@link DatabaseUnavailable}), the
 * batch is kept and retried, in order, with a growing pause (100 ms doubling up to 2 s), until the database is back:
 * waiting traces are written at most 2 s after it is. When the database refuses the rows themselves, one trace never
 * costs another its row: the batch is written row by row, and a row that still fails is replaced by its
 * {@link TraceRecord#minimal() minimal} trace. On stop, what is queued is written, retrying for at most 10 s; what
 * could still not be written is logged as a count, never as content. The worker survives any failure.
 *
 * <p>What it holds and what it lost are counted for the admin port's metrics: {@link #waiting}, {@link #dropped}
 * (must stay 0) and {@link #keptMinimal}.
 */
public class TraceWriter implements Managed {
    static final long FIRST_RETRY_MILLIS = 100;
    static final long LAST_RETRY_MILLIS = 2_000;
    static final long STOP_DRAIN_MILLIS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(TraceWriter.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private enum Outcome { WRITTEN, REFUSED, UNAVAILABLE }

    private final TraceRows rows;
    private final TraceBuffer buffer;
    private final int batchSize;
    private final long flushMillis;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong keptMinimal = new AtomicLong();
    private final AtomicLong inserts = new AtomicLong();
    private final AtomicLong insertNanos = new AtomicLong();
    private volatile boolean running;
    private volatile boolean stopped;
    private Thread worker;
    private List<TraceRecord> leftOver = List.of();

    /**
     * @param capacity    how many traces may be reserved or waiting to be written at once
     * @param flushMillis how long the oldest trace of a batch waits for the batch to fill
     */
    public TraceWriter(Jdbi jdbi, int capacity, int batchSize, long flushMillis) {
        this.rows = new TraceRows(jdbi);
        this.buffer = new TraceBuffer(capacity);
        this.batchSize = batchSize;
        this.flushMillis = flushMillis;
    }

    /**
     * A place for the trace of one scan, or nothing when the buffer is full (the database has been unreachable for
     * a while, or writes fall behind) or the writer has stopped: the scan must then be refused, not decided
     * unaudited.
     */
    public Optional<TracePlace> reserve() {
        return stopped ? Optional.empty() : buffer.reserve();
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::writeLoop, "trace-writer");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() throws InterruptedException {
        stopped = true;
        running = false;
        stopping.countDown();
        if (worker != null) {
            worker.join(STOP_DRAIN_MILLIS);
            if (worker.isAlive()) {
                LOG.error("trace writer did not stop in time; {} queued trace(s) are written by it or lost",
                        waiting());
                return;
            }
        }
        List<TraceRecord> rest = new ArrayList<>(leftOver);
        rest.addAll(buffer.drain());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_DRAIN_MILLIS);
        long pause = FIRST_RETRY_MILLIS;
        int start = 0;
        while (start < rest.size()) {
            List<TraceRecord> batch = rest.subList(start, Math.min(rest.size(), start + batchSize));
            List<TraceRecord> waiting = writeNow(batch);
            start += batch.size() - waiting.size();
            if (!waiting.isEmpty()) {
                if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause) > deadline) {
                    break;
                }
                Thread.sleep(pause);
                pause = Math.min(LAST_RETRY_MILLIS, pause * 2);
            }
        }
        if (start < rest.size()) {
            dropped.addAndGet(rest.size() - start);
            LOG.error("trace writer stopped with the database unreachable: {} trace(s) not written",
                    rest.size() - start);
        }
    }

    private void writeLoop() {
        List<TraceRecord> pending = List.of();
        long pause = FIRST_RETRY_MILLIS;
        int attempts = 0;
        while (running) {
            try {
                if (pending.isEmpty()) {
                    pending = buffer.next(batchSize, flushMillis, () -> running);
                    attempts = 0;
                    continue;
                }
                List<TraceRecord> waiting = writeNow(pending);
                attempts++;
                buffer.free(settled(pending, waiting));
                if (waiting.isEmpty()) {
                    if (attempts > 1) {
                        LOG.info("database reachable again: trace batch written after {} attempt(s)", attempts);
                    }
                    pause = FIRST_RETRY_MILLIS;
                } else {
                    if (attempts == 1) {
                        LOG.warn("database unreachable: {} trace(s) wait for it, retried until it is back",
                                waiting.size());
                    }
                    stopping.await(pause, TimeUnit.MILLISECONDS);
                    pause = Math.min(LAST_RETRY_MILLIS, pause * 2);
                }
                pending = waiting;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                LOG.error("trace writer: unexpected {}", e.getClass().getName());
            }
        }
        leftOver = pending;
    }

    /**
     * The trace of a scan this node answered whose row is not written yet (it waits for its batch, or for the
     * database), when it belongs to {@code tenantId}: what makes a {@code trace_id} readable as soon as the scan has
     * answered (read-your-writes), on the node that answered it.
     */
    public Optional<TraceRecord> unwritten(UUID tenantId, UUID traceId) {
        return buffer.unwritten(traceId).filter(trace -> trace.tenantId().equals(tenantId));
    }

    /** Traces reserved or waiting to be written now: how full the buffer is. */
    public int waiting() {
        return buffer.capacity() - buffer.freePlaces();
    }

    /** How many traces the buffer holds at most ({@link #reserve} refuses past it). */
    public int capacity() {
        return buffer.capacity();
    }

    /** Traces of answered scans that were never written (refused even as minimal traces, or lost at stop). */
    public long dropped() {
        return dropped.get();
    }

    /** Traces whose row was refused and that were kept as their minimal trace instead. */
    public long keptMinimal() {
        return keptMinimal.get();
    }

    /** Insert statements run so far (a batch, or one row when a batch was refused), written or failed. */
    public long inserts() {
        return inserts.get();
    }

    /** The time those inserts took, in nanoseconds, from taking a connection to its commit or failure. */
    public long insertNanos() {
        return insertNanos.get();
    }

    private static List<TraceRecord> settled(List<TraceRecord> batch, List<TraceRecord> waiting) {
        if (waiting.isEmpty()) {
            return batch;
        }
        Set<TraceRecord> stillWaiting = Collections.newSetFromMap(new IdentityHashMap<>());
        stillWaiting.addAll(waiting);
        return batch.stream().filter(trace -> !stillWaiting.contains(trace)).toList();
    }

    /**
     * Writes {@code batch} now, on the caller's thread: as one batch, else row by row, a row that still fails as its
     * minimal trace. Logs how many rows were kept only minimally or not at all (counts, never content). Answers the
     * traces, in order, that must wait because the database could not be reached (none when all were settled).
     */
    public List<TraceRecord> writeNow(List<TraceRecord> batch) {
        Outcome whole = insert(batch);
        if (whole == Outcome.WRITTEN) {
            return List.of();
        }
        if (whole == Outcome.UNAVAILABLE) {
            return List.copyOf(batch);
        }
        int minimal = 0;
        int lost = 0;
        List<TraceRecord> waiting = List.of();
        for (int i = 0; i < batch.size(); i++) {
            TraceRecord trace = batch.get(i);
            Outcome row = batch.size() > 1 ? insert(List.of(trace)) : Outcome.REFUSED;
            if (row == Outcome.REFUSED) {
                row = insert(List.of(trace.minimal()));
                if (row == Outcome.WRITTEN) {
                    minimal++;
                } else if (row == Outcome.REFUSED) {
                    lost++;
                }
            }
            if (row == Outcome.UNAVAILABLE) {
                waiting = List.copyOf(batch.subList(i, batch.size()));
                break;
            }
        }
        keptMinimal.addAndGet(minimal);
        dropped.addAndGet(lost);
        if (minimal > 0 || lost > 0) {
            LOG.error("trace batch of {} failed: {} kept as minimal trace(s), {} not written", batch.size(), minimal,
                    lost);
        }
        return waiting;
    }

    private Outcome insert(List<TraceRecord> traces) {
        long start = System.nanoTime();
        try {
            rows.insertAll(traces);
            return Outcome.WRITTEN;
        } catch (SQLException | RuntimeException | Error e) {
            if (DatabaseUnavailable.isCause(e)) {
                return Outcome.UNAVAILABLE;
            }
            if (traces.size() == 1 && isUniqueViolation(e)) {
                return Outcome.WRITTEN;
            }
            LOG.warn("could not write {} trace(s): {}", traces.size(), e.getClass().getName());
            return Outcome.REFUSED;
        } finally {
            insertNanos.addAndGet(System.nanoTime() - start);
            inserts.incrementAndGet();
        }
    }

    /** A trace id already stored: an earlier attempt wrote it but its answer was lost with the connection. */
    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
