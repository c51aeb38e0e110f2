package io.interven.gateway.batch;

import java.util.Collection;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The queue between the threads that answer scans and the one thread that writes what they leave behind (traces,
 * history) in batches. Producers never block. The consumer waits for as many items as it wants
 * ({@link #awaitAtLeast}), and is woken once when that many are there, or when its wait is over.
 *
 * <p>A blocking queue wakes a waiting consumer at every item that finds it empty. A writer that drains what it has and
 * waits for more while its batch fills is thus woken, and put to sleep again, once per item: two context switches per
 * scan, under load a large part of what the machine does. Here the consumer sleeps through the fill and is woken at
 * most once per wait.
 *
 * <p>One consumer only: {@link #awaitAtLeast} must not be called by two threads at once. Any thread may
 * {@link #drainTo drain} the queue (when the consumer has stopped, say).
 */
public final class BatchQueue<T> {
    private final LinkedBlockingQueue<T> items;
    /** The consumer while it waits in {@link #awaitAtLeast}, else null. */
    private volatile Thread waiter;
    /** How many queued items the waiting consumer wants before it is woken; 0 when it does not wait. */
    private volatile int wakeAt;

    /** @param capacity the most items queued at once ({@link #offer} refuses past it) */
    public BatchQueue(int capacity) {
        this.items = new LinkedBlockingQueue<>(capacity);
    }

    /** An unbounded queue. */
    public static <T> BatchQueue<T> unbounded() {
        return new BatchQueue<>(Integer.MAX_VALUE);
    }

    /** Queues {@code item} without waiting; false when the queue is full. Wakes the consumer when it has its count. */
    public boolean offer(T item) {
        if (!items.offer(item)) {
            return false;
        }
        int wanted = wakeAt;
        if (wanted > 0 && items.size() >= wanted) {
            Thread consumer = waiter;
            if (consumer != null) {
                LockSupport.unpark(consumer);
            }
        }
        return true;
    }

    /**
     * Waits until at least {@code count} items are queued, or {@code timeout} has passed, whichever comes first.
     * Answers at once when they already are. The items stay queued: take them with {@link #drainTo}.
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public void awaitAtLeast(int count, long timeout, TimeUnit unit) throws InterruptedException {
        if (items.size() >= count) {
            return;
        }
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        waiter = Thread.currentThread();
        wakeAt = Math.max(1, count); // after waiter: a producer that reads wakeAt also reads the waiter
        try {
            while (items.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                LockSupport.parkNanos(this, left);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        } finally {
            wakeAt = 0;
            waiter = null;
        }
    }

    /** Moves up to {@code max} items, oldest first, into {@code batch}; answers how many. */
    public int drainTo(Collection<? super T> batch, int max) {
        return items.drainTo(batch, max);
    }

    /** Items queued now. */
    public int size() {
        return items.size();
    }
}
