package io.interven.gateway.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The queue between request threads and one writer: the writer wakes when its batch is there, and nothing is lost. */
class BatchQueueTest {
    private static final Duration GUARD = Duration.ofSeconds(20);

    @Test
    void aWaitEndsAtOnceWhenTheItemsAreAlreadyQueued() {
        BatchQueue<Integer> queue = BatchQueue.unbounded();
        queue.offer(1);
        queue.offer(2);

        assertTimeoutPreemptively(GUARD, () -> queue.awaitAtLeast(2, 1, TimeUnit.HOURS));

        List<Integer> batch = new ArrayList<>();
        assertThat(queue.drainTo(batch, 10)).isEqualTo(2);
        assertThat(batch).containsExactly(1, 2);
    }

    @Test
    void aWaitEndsWhenTheLastWantedItemArrivesAndNotBefore() throws Exception {
        BatchQueue<Integer> queue = BatchQueue.unbounded();
        AtomicBoolean done = new AtomicBoolean();
        CountDownLatch waiting = new CountDownLatch(1);
        Thread consumer = new Thread(() -> {
            try {
                waiting.countDown();
                queue.awaitAtLeast(100, 1, TimeUnit.HOURS);
                done.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        consumer.start();
        waiting.await();
        for (int i = 0; i < 99; i++) {
            queue.offer(i);
        }
        consumer.join(200);
        assertThat(done).as("99 of the 100 wanted items do not end the wait").isFalse();
        assertThat(consumer.isAlive()).isTrue();

        queue.offer(99);
        consumer.join(GUARD.toMillis());

        assertThat(done).isTrue();
        assertThat(queue.size()).isEqualTo(100);
    }

    @Test
    void aWaitForMoreThanArrivesEndsWhenItsTimeIsOver() {
        BatchQueue<Integer> queue = BatchQueue.unbounded();
        queue.offer(1);

        assertTimeoutPreemptively(GUARD, () -> queue.awaitAtLeast(5, 50, TimeUnit.MILLISECONDS));

        assertThat(queue.size()).isEqualTo(1);
    }

    @Test
    void anInterruptedWaitSaysSo() throws Exception {
        BatchQueue<Integer> queue = BatchQueue.unbounded();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> queue.awaitAtLeast(1, 1, TimeUnit.HOURS))
                    .isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aFullQueueRefusesAnItemWithoutWaiting() {
        BatchQueue<String> queue = new BatchQueue<>(2);

        assertThat(queue.offer("a")).isTrue();
        assertThat(queue.offer("b")).isTrue();
        assertThat(queue.offer("c")).isFalse();

        List<String> batch = new ArrayList<>();
        queue.drainTo(batch, 1);
        assertThat(batch).containsExactly("a");
        assertThat(queue.offer("c")).isTrue();
    }

    @Test
    void manyProducersAndOneBatchingConsumerLoseAndRepeatNothingAndKeepEachProducersOrder() throws Exception {
        int producers = 8;
        int perProducer = 20_000;
        BatchQueue<long[]> queue = BatchQueue.unbounded();
        ExecutorService pool = Executors.newFixedThreadPool(producers);
        List<long[]> received = new ArrayList<>();
        assertTimeoutPreemptively(GUARD, () -> {
            List<Future<?>> sent = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                long producer = p;
                sent.add(pool.submit(() -> {
                    for (int i = 0; i < perProducer; i++) {
                        queue.offer(new long[] {producer, i});
                    }
                }));
            }
            while (received.size() < producers * perProducer) {
                // as the trace writer does: a first item, then a batch of 200 or whatever came within a short wait
                queue.awaitAtLeast(1, 100, TimeUnit.MILLISECONDS);
                queue.awaitAtLeast(200, 2, TimeUnit.MILLISECONDS);
                queue.drainTo(received, 200);
            }
            for (Future<?> f : sent) {
                f.get();
            }
        });
        pool.shutdown();

        long[] nextOf = new long[producers];
        for (long[] item : received) {
            assertThat(item[1]).as("producer %d's items in order, none lost or repeated", item[0])
                    .isEqualTo(nextOf[(int) item[0]]++);
        }
        assertThat(nextOf).containsOnly(perProducer);
        assertThat(queue.size()).isZero();
    }
}
