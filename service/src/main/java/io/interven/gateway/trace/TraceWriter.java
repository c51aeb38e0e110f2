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
            write(List.of(trace));
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
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void drainOnce() {
        List<TraceRecord> rest = new ArrayList<>();
        queue.drainTo(rest);
        for (int i = 0; i < rest.size(); i += batchSize) {
            write(rest.subList(i, Math.min(rest.size(), i + batchSize)));
        }
    }

    private void write(List<TraceRecord> batch) {
        try {
            jdbi.useExtension(TraceDao.class, dao -> dao.insertAll(batch));
        } catch (RuntimeException e) {
            LOG.error("could not write {} trace(s): {}", batch.size(), e.getClass().getName());
        }
    }
}
