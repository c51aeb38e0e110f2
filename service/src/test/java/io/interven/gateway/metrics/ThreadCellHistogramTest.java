package io.interven.gateway.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Durations counted per thread: the right bucket, nothing lost across threads, ended threads folded in. */
class ThreadCellHistogramTest {
    private static final long[] BOUNDS = {10, 100, 1_000};

    @Test
    void aDurationCountsInTheFirstBucketWhoseBoundItDoesNotExceed() {
        ThreadCellHistogram histogram = new ThreadCellHistogram(BOUNDS);

        for (long nanos : new long[] {0, 10, 11, 100, 101, 1_000, 1_001, 5_000_000}) {
            histogram.record(nanos);
        }

        ThreadCellHistogram.Reading reading = histogram.read();
        assertThat(reading.counts()).containsExactly(2, 2, 2, 2);
        assertThat(reading.count()).isEqualTo(8);
        assertThat(reading.sumNanos()).isEqualTo(10 + 11 + 100 + 101 + 1_000 + 1_001 + 5_000_000);
    }

    @Test
    void aNegativeDurationCountsAsZero() {
        ThreadCellHistogram histogram = new ThreadCellHistogram(BOUNDS);

        histogram.record(-5);

        assertThat(histogram.read().counts()).containsExactly(1, 0, 0, 0);
        assertThat(histogram.read().sumNanos()).isZero();
    }

    @Test
    void boundsMustAscend() {
        assertThatThrownBy(() -> new ThreadCellHistogram(new long[] {10, 10}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsOfManyThreadsAreAllCountedWhileReadingsOnlyGrow() throws InterruptedException {
        ThreadCellHistogram histogram = new ThreadCellHistogram(BOUNDS);
        int threads = 8;
        int each = 100_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread writer = new Thread(() -> {
                awaitQuietly(start);
                for (int i = 0; i < each; i++) {
                    histogram.record(i % 2_000);
                }
            });
            writers.add(writer);
            writer.start();
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicReference<String> shrank = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            long last = 0;
            while (writing.get()) {
                long count = histogram.read().count();
                if (count < last) {
                    shrank.set(last + " then " + count);
                }
                last = count;
            }
        });
        reader.start();

        start.countDown();
        for (Thread writer : writers) {
            writer.join();
        }
        writing.set(false);
        reader.join();

        ThreadCellHistogram.Reading reading = histogram.read();
        long sumOfOneThread = 0;
        for (int i = 0; i < each; i++) {
            sumOfOneThread += i % 2_000;
        }
        assertThat(reading.count()).isEqualTo((long) threads * each);
        assertThat(reading.sumNanos()).isEqualTo(threads * sumOfOneThread);
        assertThat(shrank.get()).as("a reading smaller than the one before").isNull();
    }

    @Test
    void theCellsOfThreadsThatEndedAreFoldedInAndKept() throws InterruptedException {
        ThreadCellHistogram histogram = new ThreadCellHistogram(BOUNDS);
        for (int t = 0; t < 50; t++) {
            Thread shortLived = new Thread(() -> histogram.record(50));
            shortLived.start();
            shortLived.join();
        }

        ThreadCellHistogram.Reading reading = histogram.read();

        assertThat(reading.counts()).containsExactly(0, 50, 0, 0);
        assertThat(histogram.threadsWithCells()).as("threads still holding cells after a reading").isZero();
        histogram.record(5);
        assertThat(histogram.read().count()).isEqualTo(51);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
