package io.interven.gateway.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.Verb;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;

/**
 * The history writer adds recordings up before writing, keeps its sums while the database cannot be reached and
 * writes them, once, when it is back; recordings arriving meanwhile join the sums.
 */
class HistoryWriterTest {
    private static final UUID TENANT = UUID.randomUUID();

    /** A store whose database is unreachable for the first {@code outages} writes of facts. */
    private static final class FlakyStore extends HistoryStore {
        final List<FactRow> written = new ArrayList<>();
        final AtomicInteger outages;

        FlakyStore(int outages) {
            super(Jdbi.create("jdbc:h2:mem:unused-history-writer").installPlugin(new SqlObjectPlugin()));
            this.outages = new AtomicInteger(outages);
        }

        @Override
        void addFacts(List<FactRow> increments) {
            if (outages.getAndDecrement() > 0) {
                throw new IllegalStateException(new SQLException("connection refused", "08001"));
            }
            synchronized (written) {
                written.addAll(increments);
            }
        }

        @Override
        void addVolumes(List<VolumeRow> increments) {
        }

        long agentCalls() {
            synchronized (written) {
                return written.stream().filter(row -> row.kind().equals("agent")).mapToLong(FactRow::calls).sum();
            }
        }
    }

    private static RecordedCall call(boolean letThrough) {
        return new RecordedCall(TENANT, "agent", System.currentTimeMillis(), "slack", "post_message", Verb.WRITE,
                "hooks.slack.com", UUID.randomUUID(), letThrough);
    }

    @Test
    void sumsWaitForTheDatabaseAndAreWrittenOnceItIsBack() throws Exception {
        FlakyStore store = new FlakyStore(2);
        HistoryWriter writer = new HistoryWriter(store, 100, 20, Clock.systemUTC());
        writer.start();
        try {
            writer.enqueue(call(true));
            writer.enqueue(call(true));
            writer.enqueue(call(false));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (store.agentCalls() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            writer.stop();
        }

        assertThat(store.agentCalls()).isEqualTo(3);
        assertThat(store.outages.get()).isNegative();
        assertThat(store.written.stream().filter(row -> row.kind().equals("host")).mapToLong(FactRow::calls).sum())
                .as("only calls let through teach the host").isEqualTo(2);
    }

    @Test
    void aFullQueueDropsRecordingsInsteadOfBlocking() throws Exception {
        FlakyStore store = new FlakyStore(0);
        HistoryWriter writer = new HistoryWriter(store, 2, 20, Clock.systemUTC());
        for (int i = 0; i < 5; i++) {
            writer.enqueue(call(true));
        }
        writer.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (store.agentCalls() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        writer.stop();

        assertThat(store.agentCalls()).isEqualTo(2);
    }
}
