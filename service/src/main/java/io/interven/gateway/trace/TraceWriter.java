package io.interven.gateway.trace;

import io.dropwizard.lifecycle.Managed;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes traces off the request thread, in batches. When the queue is full the caller writes its own trace
 * (back-pressure, nothing dropped). On stop, everything queued is written before the database closes.
 * One trace can never cost another its row: when a batch fails, its rows are written one by one, and a row that
 * still fails is replaced by its {@link TraceRecord#minimal() minimal} trace. The worker survives any failure.
 */
public class TraceWriter implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(TraceWriter.class);

    private final Jdbi jdbi;
    private final BlockingQueue<TraceRecord> queue;
    private final int batchSize;
    private final long flushMillis;
    private volatile boolean running;
    private Thread worker;

    public TraceWriter(Jdbi jdbi, int queueCapacity, int batchSize, long flushMillis) {
        this.jdbi = jdbi;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.batchSize = batchSize;
        this.flushMillis = flushMillis;
    }

    public void record(TraceRecord trace) {
        if (!running || !queue.offer(trace)) {
            writeNow(List.of(trace));
        }
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::drainLoop, "trace-writer");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(TimeUnit.SECONDS.toMillis(10));
        }
        drainOnce();
    }

    private void drainLoop() {
        while (running) {
            try {
                TraceRecord first = queue.poll(flushMillis, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                List<TraceRecord> batch = new ArrayList<>(batchSize);
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                writeNow(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                LOG.error("trace writer: unexpected {}", e.getClass().getName());
            }
        }
    }

    private void drainOnce() {
        List<TraceRecord> rest = new ArrayList<>();
        queue.drainTo(rest);
        for (int i = 0; i < rest.size(); i += batchSize) {
            writeNow(rest.subList(i, Math.min(rest.size(), i + batchSize)));
        }
    }

    /**
     * Writes {@code batch} now, on the caller's thread: as one batch, else row by row, a row that still fails as its
     * minimal trace. Logs how many rows were kept only minimally or not at all (counts, never content).
     */
    public void writeNow(List<TraceRecord> batch) {
        if (insert(batch)) {
            return;
        }
        int minimal = 0;
        int lost = 0;
        for (TraceRecord trace : batch) {
            if (batch.size() > 1 && insert(List.of(trace))) {
                continue;
            }
            if (insert(List.of(trace.minimal()))) {
                minimal++;
            } else {
                lost++;
            }
        }
        if (minimal > 0 || lost > 0) {
            LOG.error("trace batch of {} failed: {} kept as minimal trace(s), {} not written", batch.size(), minimal,
                    lost);
        }
    }

    private boolean insert(List<TraceRecord> traces) {
        try {
            jdbi.useExtension(TraceDao.class, dao -> dao.insertAll(traces));
            return true;
        } catch (RuntimeException | Error e) {
            LOG.warn("could not write {} trace(s): {}", traces.size(), e.getClass().getName());
            return false;
        }
    }
}
