package io.interven.gateway.metrics;

import io.interven.gateway.core.StageTimer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A histogram of durations whose recording is a few plain writes: each thread counts into cells of its own, and a
 * reading adds every thread's cells up. Meant for what runs many times per request on every request thread (the
 * stage and detector timers of a scan), where a shared counter costs more than what it measures: on two cores,
 * Micrometer's timers (two striped adders, a decaying maximum and two bucket histograms per record, all written by
 * every thread) were about 5% of a scan's processor time.
 *
 * <p>A thread's cells are the counts of its bucket (a duration counts in the first bucket whose bound it does not
 * exceed, the last bucket has no bound) and the sum of its durations; only that thread writes them (opaque writes, so
 * that a reading sees whole values), and a reading on another thread may miss the last few records, never more. The
 * cells of a thread that ended are added into the histogram's own and dropped, when the next thread starts recording
 * and at each reading, so threads that come and go cost nothing lasting.
 */
final class ThreadCellHistogram implements StageTimer {
    private static final VarHandle CELL = MethodHandles.arrayElementVarHandle(long[].class);

    private final long[] boundsNanos;
    private final int sumCell;
    private final ThreadLocal<long[]> ownCells = ThreadLocal.withInitial(this::newCells);
    /** The cells of each thread that recorded, with its thread; guarded by {@code this}. */
    private final List<ThreadCells> threads = new ArrayList<>();
    /** The counts and sum of threads that ended; guarded by {@code this}. */
    private final long[] ended;

    /** @param boundsNanos the buckets' upper bounds, ascending, in nanoseconds (a last bucket without bound follows) */
    ThreadCellHistogram(long[] boundsNanos) {
        for (int i = 1; i < boundsNanos.length; i++) {
            if (boundsNanos[i] <= boundsNanos[i - 1]) {
                throw new IllegalArgumentException("bucket bounds must ascend");
            }
        }
        this.boundsNanos = boundsNanos.clone();
        this.sumCell = boundsNanos.length + 1;
        this.ended = new long[sumCell + 1];
    }

    /** Records one duration; a negative one (a clock stepping back) counts as zero. */
    @Override
    public void record(long nanos) {
        long duration = Math.max(0, nanos);
        long[] cells = ownCells.get();
        int bucket = bucketOf(duration);
        CELL.setOpaque(cells, bucket, (long) CELL.getOpaque(cells, bucket) + 1);
        CELL.setOpaque(cells, sumCell, (long) CELL.getOpaque(cells, sumCell) + duration);
    }

    private int bucketOf(long nanos) {
        for (int i = 0; i < boundsNanos.length; i++) {
            if (nanos <= boundsNanos[i]) {
                return i;
            }
        }
        return boundsNanos.length;
    }

    /** The counts of every bucket (not cumulative; the last one without bound) and the sum, in nanoseconds. */
    synchronized Reading read() {
        foldEndedThreads();
        long[] total = ended.clone();
        for (ThreadCells thread : threads) {
            for (int i = 0; i < total.length; i++) {
                total[i] += (long) CELL.getOpaque(thread.cells(), i);
            }
        }
        long[] counts = new long[sumCell];
        System.arraycopy(total, 0, counts, 0, sumCell);
        return new Reading(counts, total[sumCell]);
    }

    private synchronized long[] newCells() {
        foldEndedThreads();
        long[] cells = new long[sumCell + 1];
        threads.add(new ThreadCells(Thread.currentThread(), cells));
        return cells;
    }

    /** Adds the cells of threads that ended into {@link #ended}: a thread seen ended has written its last. */
    private void foldEndedThreads() {
        for (Iterator<ThreadCells> each = threads.iterator(); each.hasNext(); ) {
            ThreadCells thread = each.next();
            if (!thread.owner().isAlive()) {
                for (int i = 0; i < ended.length; i++) {
                    ended[i] += thread.cells()[i];
                }
                each.remove();
            }
        }
    }

    /** How many threads have cells of their own now (ended ones not yet folded included). */
    synchronized int threadsWithCells() {
        return threads.size();
    }

    private record ThreadCells(Thread owner, long[] cells) {
    }

    /** One reading: the count of each bucket and the sum of all durations, in nanoseconds. */
    record Reading(long[] counts, long sumNanos) {
        long count() {
            long count = 0;
            for (long bucket : counts) {
                count += bucket;
            }
            return count;
        }
    }
}
