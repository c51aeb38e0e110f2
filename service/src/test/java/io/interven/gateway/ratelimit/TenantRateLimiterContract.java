package io.interven.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.MigratedDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The limiter against a real database: a quick tenant's next lease is taken ahead of time, so that while the database
 * is slow to answer (here: its row locked by another transaction) the tenant's other scans go on using what is left of
 * the lease instead of queueing behind the one scan that waits; and nothing is let through that was not counted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TenantRateLimiterContract {
    /** Early in a minute, fixed: every take is "quick", so the lease grows to its largest size. */
    private static final long NOW = 1_767_225_601_000L;
    /** Long enough to tell a take that waits for the row lock from one that does not (they take microseconds). */
    private static final long WAITING_MILLIS = 250;
    private MigratedDatabase database;
    private Jdbi jdbi;

    abstract String database();

    @BeforeAll
    void migrate() {
        database = new MigratedDatabase(database());
        jdbi = database.jdbi();
    }

    @AfterAll
    void close() throws Exception {
        database.close();
    }

    private int usedInDatabase(UUID tenant) {
        return jdbi.withHandle(h -> h.createQuery("SELECT used FROM rate_windows WHERE tenant_id = :t")
                .bind("t", tenant).mapTo(Integer.class).one());
    }

    @Test
    void whileOneScanWaitsForTheNextLeaseTheTenantsOtherScansUseTheRestOfTheCurrentOne() throws Exception {
        UUID tenant = UUID.randomUUID();
        TenantRateLimiter limiter = new TenantRateLimiter(jdbi, 1_000_000,
                Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));
        int allowed = 0;
        for (int i = 0; i < 2 * ScanLease.MAX_SIZE; i++) { // the lease grows to its largest size
            allowed += limiter.take(tenant).allowed() ? 1 : 0;
        }
        assertThat(allowed).isEqualTo(2 * ScanLease.MAX_SIZE);

        ExecutorService threads = Executors.newCachedThreadPool();
        List<Future<RateDecision>> waiting = new ArrayList<>();
        int letThroughWhileOneWaited = 0;
        try (Handle lock = jdbi.open()) {
            lock.begin();
            lock.execute("UPDATE rate_windows SET used = used WHERE tenant_id = ?", tenant); // the row is locked now
            // each take on its own thread, one after another: a take that waits (for the row lock, or for the take
            // that does) is left waiting; three of them, so that one take merely slow on a busy machine changes nothing
            for (int i = 0; i < 3 * ScanLease.MAX_SIZE && waiting.size() < 3; i++) {
                Future<RateDecision> take = threads.submit(() -> limiter.take(tenant));
                try {
                    assertThat(take.get(WAITING_MILLIS, TimeUnit.MILLISECONDS).allowed()).isTrue();
                    allowed++;
                    letThroughWhileOneWaited += waiting.isEmpty() ? 0 : 1;
                } catch (TimeoutException waitsForTheDatabase) {
                    waiting.add(take);
                }
            }
            lock.rollback();
        } finally {
            threads.shutdown();
        }
        assertThat(waiting).as("the take ahead of time, then takes that find the lease run out").hasSize(3);
        assertThat(letThroughWhileOneWaited).as("scans let through from the lease's other half")
                .isGreaterThanOrEqualTo(ScanLease.MAX_SIZE / 2 - 1);
        for (Future<RateDecision> take : waiting) {
            take.get(30, TimeUnit.SECONDS); // either answer: once the lock is gone, each one ends
        }
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(usedInDatabase(tenant)).as("every scan let through was counted before").isGreaterThanOrEqualTo(
                allowed);
    }

    @Test
    void aBudgetIsNeverExceededWhenLeasesAreTakenAheadByManyThreads() throws Exception {
        UUID tenant = UUID.randomUUID();
        int budget = 5_000;
        TenantRateLimiter limiter = new TenantRateLimiter(jdbi, budget,
                Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<Integer>> counts = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            counts.add(threads.submit(() -> {
                int let = 0;
                for (int i = 0; i < 1_000; i++) {
                    let += limiter.take(tenant).allowed() ? 1 : 0;
                }
                return let;
            }));
        }
        int allowed = 0;
        for (Future<Integer> count : counts) {
            allowed += count.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();
        assertThat(allowed).isLessThanOrEqualTo(budget);
        assertThat(usedInDatabase(tenant)).isEqualTo(budget);
        assertThat(allowed).as("what the lease still holds at the end: at most half a lease and a sixteenth")
                .isGreaterThanOrEqualTo(budget - ScanLease.MAX_SIZE);
    }
}
