package io.interven.benchmarks;

import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.lifecycle.Managed;
import io.interven.gateway.config.HistoryConfiguration;
import io.interven.gateway.db.DatabaseMigrations;
import io.interven.gateway.db.JdbiSetup;
import io.interven.gateway.history.AgentHistories;
import io.interven.gateway.history.AgentHistorySource;
import io.interven.gateway.history.RecordedCall;
import io.interven.gateway.history.TenantValueHashes;
import io.interven.spi.AgentHistory;
import io.interven.spi.ValueHash;
import io.interven.spi.ComparableValues;
import io.interven.spi.Verb;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * The agent history of a running gateway, in memory as the scan path reads it: the gateway's own history classes on
 * an in-memory H2 database, with one agent past its warm-up (a few hundred Slack posts over the last two hours, a
 * few CRM reads whose values are kept as keyed hashes). Scans read it from the caches; the database is only where
 * the writer and the refresher keep it, off the scan path, as in the server. With {@code -Dinterven.bench.historyDays=N}
 * the agent has instead posted once a minute for the last N days (7 fills the default volume window), as an agent
 * that has run for that long has. With {@code -Dinterven.bench.repeatedReads=N} it has also read the record of
 * {@code customer0@example.org} N times more, as an agent that fetches the same record on every task does.
 */
final class WarmHistory implements AutoCloseable {
    private static final int CALLS = 300;
    private static final int READS = 20;
    private static final long TWO_HOURS = 2 * 3_600_000L;
    private static final long MINUTE = 60_000L;
    private static final int REPEATED_READS = Integer.getInteger("interven.bench.repeatedReads", 0);
    private static final int HISTORY_DAYS = Integer.getInteger("interven.bench.historyDays", 0);
    /** The posts recorded: a few hundred over two hours, or one a minute over the days asked for. */
    private static final int POSTS = HISTORY_DAYS > 0 ? HISTORY_DAYS * 24 * 60 : CALLS;
    private static final long POSTS_SPAN = HISTORY_DAYS > 0 ? POSTS * MINUTE : TWO_HOURS;

    private final ManagedDataSource[] pool = new ManagedDataSource[1];
    private final AgentHistories histories;

    WarmHistory(UUID tenant, String tenantKey, String agentId) {
        DataSourceFactory database = new DataSourceFactory();
        database.setDriverClass("org.h2.Driver");
        database.setUrl("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        database.setUser("sa");
        database.setPassword("");
        Jdbi jdbi = JdbiSetup.forCommand(database, pool);
        new DatabaseMigrations(jdbi).migrate();
        histories = new AgentHistories(jdbi, new HistoryConfiguration(), Clock.systemUTC());
        try {
            for (Managed managed : histories.managed()) {
                managed.start();
            }
        } catch (Exception e) {
            throw new IllegalStateException("the history did not start", e);
        }
        record(tenant, tenantKey, agentId);
        awaitKnown(tenant, tenantKey, agentId);
    }

    AgentHistorySource source() {
        return histories.source();
    }

    private void record(UUID tenant, String tenantKey, String agentId) {
        long now = System.currentTimeMillis();
        for (int i = 0; i < POSTS; i++) {
            histories.recorder().recordCall(new RecordedCall(tenant, agentId, now - POSTS_SPAN + i * (POSTS_SPAN / POSTS),
                    "slack", "post_message", Verb.WRITE, "hooks.slack.com", UUID.randomUUID(), true));
        }
        for (int i = 0; i < READS; i++) {
            RecordedCall read = new RecordedCall(tenant, agentId, now - 60_000, "salesforce", "get_record", Verb.READ,
                    "acme.my.salesforce.com", UUID.randomUUID(), true);
            histories.recorder().recordCall(read);
            List<ValueHash> values = new ArrayList<>();
            values.add(readHash(tenantKey, "customer" + i + "@example.org"));
            values.add(readHash(tenantKey, "4111 1111 1111 " + (1000 + i)));
            histories.recorder().recordRead(read, values);
        }
        for (int i = 0; i < REPEATED_READS; i++) {
            RecordedCall read = new RecordedCall(tenant, agentId, now - 60_000, "salesforce", "get_record", Verb.READ,
                    "acme.my.salesforce.com", UUID.randomUUID(), true);
            histories.recorder().recordRead(read, List.of(readHash(tenantKey, "customer0@example.org")));
        }
    }

    /** The keyed hash of a value read, as the gateway keeps it: of the value's comparable form. */
    private static ValueHash readHash(String tenantKey, String value) {
        return TenantValueHashes.of(tenantKey, ComparableValues.ofValue(value).orElseThrow());
    }

    /** Waits until the cache holds the agent past its warm-up, as a gateway that has run for a while does. */
    private void awaitKnown(UUID tenant, String tenantKey, String agentId) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            AgentHistory history = histories.source().historyOf(tenant, tenantKey, agentId);
            if (history.known() && history.callsRecorded() >= POSTS) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the recorded history did not reach the cache within 30 s");
    }

    @Override
    public void close() throws Exception {
        for (Managed managed : histories.managed()) {
            managed.stop();
        }
        if (pool[0] != null) {
            pool[0].stop();
        }
    }
}
