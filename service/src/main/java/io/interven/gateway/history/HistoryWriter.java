package io.interven.gateway.history;

import io.dropwizard.lifecycle.Managed;
import io.interven.gateway.batch.BatchQueue;
import io.interven.gateway.db.DatabaseUnavailable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the history off the request thread: recordings wait in a bounded queue, and a worker adds them up (one
 * increment per fact, per agent minute) and writes each sum with one statement, at the latest a flush interval after
 * it was recorded. While the database cannot be reached the sums are kept and retried with a growing pause (100 ms
 * doubling up to 2 s); recordings still arriving are added to them. When the queue is full a recording is dropped
 * and counted in the log (a baseline is a statistic: a lost increment never lets a call through that would have been
 * held). A refused write (any other failure) drops its batch, logged as a count. Never logs content.
 */
public class HistoryWriter implements Managed {
    static final long FIRST_RETRY_MILLIS = 100;
    static final long LAST_RETRY_MILLIS = 2_000;
    private static final int DRAIN = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(HistoryWriter.class);

    private final HistoryStore store;
    private final BatchQueue<Object> queue;
    private final long flushMillis;
    private final Clock clock;
    private final AtomicLong dropped = new AtomicLong();
    private final Map<List<Object>, FactRow> facts = new LinkedHashMap<>();
    private final Map<List<Object>, VolumeRow> volumes = new LinkedHashMap<>();
    private final List<ReadValue> reads = new ArrayList<>();
    private volatile boolean running;
    private Thread worker;

    public HistoryWriter(HistoryStore store, int capacity, long flushMillis, Clock clock) {
        this.store = store;
        this.queue = new BatchQueue<>(capacity);
        this.flushMillis = flushMillis;
        this.clock = clock;
    }

    /** Queues a call's facts; never blocks. */
    void enqueue(RecordedCall call) {
        offer(call);
    }

    /** Queues a read value; never blocks. */
    void enqueue(ReadValue read) {
        offer(read);
    }

    private void offer(Object recording) {
        if (!queue.offer(recording) && dropped.incrementAndGet() % 1_000 == 1) {
            LOG.warn("history queue full: {} recording(s) dropped so far", dropped.get());
        }
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::writeLoop, "history-writer");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(10_000);
        }
        if (worker == null || !worker.isAlive()) {
            drainInto();
            try {
                writePending();
            } catch (RuntimeException e) {
                LOG.warn("history writer stopped with {} fact(s) not written ({})", facts.size() + volumes.size()
                        + reads.size(), e.getClass().getName());
            }
        }
    }

    private void writeLoop() {
        long pause = FIRST_RETRY_MILLIS;
        while (running) {
            try {
                queue.awaitAtLeast(1, flushMillis, TimeUnit.MILLISECONDS);
                if (queue.size() > 0) {
                    // the first recording waits at most a flush interval, asleep unless a full drain comes sooner
                    queue.awaitAtLeast(DRAIN, flushMillis, TimeUnit.MILLISECONDS);
                }
                drainInto();
                if (isEmpty()) {
                    continue;
                }
                try {
                    writePending();
                    pause = FIRST_RETRY_MILLIS;
                } catch (RuntimeException e) {
                    if (!DatabaseUnavailable.isCause(e)) {
                        LOG.error("history batch refused ({}): {} row(s) dropped", e.getClass().getName(),
                                facts.size() + volumes.size() + reads.size());
                        clearPending();
                        continue;
                    }
                    Thread.sleep(pause);
                    pause = Math.min(LAST_RETRY_MILLIS, pause * 2);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                LOG.error("history writer: unexpected {}", e.getClass().getName());
            }
        }
    }

    private void drainInto() {
        List<Object> more = new ArrayList<>();
        queue.drainTo(more, DRAIN);
        more.forEach(this::add);
    }

    private void add(Object recording) {
        if (recording instanceof RecordedCall call) {
            for (FactRow fact : BaselineFacts.of(call)) {
                facts.merge(List.of(fact.tenantId(), fact.agentId(), fact.kind(), fact.name()), fact, FactRow::plus);
            }
            VolumeRow minute = BaselineFacts.minuteOf(call);
            volumes.merge(List.of(minute.tenantId(), minute.agentId(), minute.minuteStart()), minute,
                    VolumeRow::plus);
        } else if (recording instanceof ReadValue read) {
            reads.add(read);
        }
    }

    /** Writes what is pending, each part cleared once it is written. */
    private void writePending() {
        long now = clock.millis();
        if (!facts.isEmpty()) {
            store.addFacts(facts.values().stream().map(f -> f.writtenAt(now)).toList());
            facts.clear();
        }
        if (!volumes.isEmpty()) {
            store.addVolumes(volumes.values().stream().map(v -> v.writtenAt(now)).toList());
            volumes.clear();
        }
        if (!reads.isEmpty()) {
            store.addReadValues(reads.stream().map(r -> r.writtenAt(now)).toList());
            reads.clear();
        }
    }

    private boolean isEmpty() {
        return facts.isEmpty() && volumes.isEmpty() && reads.isEmpty();
    }

    private void clearPending() {
        facts.clear();
        volumes.clear();
        reads.clear();
    }
}
