package io.interven.gateway.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.MigratedDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The history's rows in the database: increments from many writers at once (as from several nodes) add up exactly,
 * whoever creates the row; a response reported twice stores its values once; the sweep deletes exactly what is past
 * its retention.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HistoryStoreContract {
    private static final long NOW = 1_767_225_600_000L;
    private MigratedDatabase database;
    private HistoryStore store;

    abstract String database();

    @BeforeAll
    void migrate() {
        database = new MigratedDatabase(database());
        store = new HistoryStore(database.jdbi());
    }

    @AfterAll
    void close() throws Exception {
        database.close();
    }

    private static FactRow hostFact(AgentKey agent, long at) {
        return new FactRow(agent.tenantId(), agent.agentId(), "host", "api.github.com", at, at, 1, at);
    }

    @Test
    void concurrentWritersAddUpExactlyWhoeverCreatesTheRow() throws Exception {
        AgentKey agent = new AgentKey(UUID.randomUUID(), UUID.randomUUID().toString());
        int writers = 8;
        int rounds = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                start.await();
                for (int r = 0; r < rounds; r++) {
                    long at = NOW + writer * 1_000L + r;
                    store.addFacts(List.of(hostFact(agent, at)));
                    store.addVolumes(List.of(new VolumeRow(agent.tenantId(), agent.agentId(), NOW, 2, at)));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();

        FactRow fact = store.factsOf(agent).get(0);
        assertThat(fact.calls()).isEqualTo((long) writers * rounds);
        assertThat(fact.firstSeen()).isEqualTo(NOW);
        assertThat(fact.lastSeen()).isEqualTo(NOW + (writers - 1) * 1_000L + rounds - 1);
        assertThat(store.volumesOf(agent, 0)).singleElement().extracting(VolumeRow::calls)
                .isEqualTo(2L * writers * rounds);
    }

    @Test
    void theRowsChangedSinceAMomentAreTheOnesARefreshReads() {
        AgentKey agent = new AgentKey(UUID.randomUUID(), UUID.randomUUID().toString());
        store.addFacts(List.of(hostFact(agent, NOW).writtenAt(NOW)));
        store.addFacts(List.of(new FactRow(agent.tenantId(), agent.agentId(), "tool", "github", NOW, NOW, 1,
                NOW + 5_000)));

        assertThat(store.factsChangedSince(NOW + 1).stream().filter(row -> row.agent().equals(agent))
                .map(FactRow::name)).containsExactly("github");
    }

    @Test
    void aReadValueStoredTwiceIsKeptOnceAndTheSweepDeletesOnlyWhatIsPastItsRetention() {
        UUID tenant = UUID.randomUUID();
        UUID trace = UUID.randomUUID();
        String hash = "ab".repeat(32);
        ReadValue old = new ReadValue(tenant, hash, trace, "agent", NOW - 100_000, "hubspot", "get_contact",
                "api.hubapi.com", NOW);
        ReadValue recent = new ReadValue(tenant, "cd".repeat(32), trace, "agent", NOW, "hubspot", "get_contact",
                "api.hubapi.com", NOW);
        store.addReadValues(List.of(old, old, recent));
        AgentKey agent = new AgentKey(tenant, "agent");
        store.addFacts(List.of(hostFact(agent, NOW - 100_000), new FactRow(tenant, "agent", "tool", "hubspot",
                NOW, NOW, 1, NOW)));

        assertThat(store.readValuesWrittenSince(NOW, 0).stream().filter(r -> r.tenantId().equals(tenant)))
                .hasSize(2);

        store.sweep(NOW - 50_000, 0, NOW - 50_000);

        assertThat(store.readValuesWrittenSince(0, 0).stream().filter(r -> r.tenantId().equals(tenant))
                .map(ReadValue::valueHash)).containsExactly("cd".repeat(32));
        assertThat(store.factsOf(agent)).extracting(FactRow::name).containsExactly("hubspot");
    }
}
