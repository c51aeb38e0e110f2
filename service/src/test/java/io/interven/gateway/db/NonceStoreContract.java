package io.interven.gateway.db;

import io.interven.gateway.testing.MigratedDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.replay.NonceStore;
import io.interven.gateway.testing.DatabaseRows;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Nonces in the database: claimed once per tenant, by one of many concurrent claimers, until they expire; an
 * expired nonce is claimable again before any sweep, and a sweep deletes exactly the expired ones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NonceStoreContract {
    private static final long NOW = 1_767_225_600_000L;

    private MigratedDatabase database;
    private NonceStore store;

    abstract String database();

    @BeforeAll
    void migrate() {
        database = new MigratedDatabase(database());
        store = new NonceStore(database.jdbi());
    }

    @AfterAll
    void close() throws Exception {
        database.close();
    }

    private long stored(UUID tenant, String nonce) {
        return DatabaseRows.count(database.database(), "request_nonces WHERE tenant_id = '" + tenant
                + "' AND nonce = '" + nonce + "'");
    }

    @Test
    void aNonceIsClaimedOnceUntilItExpires() {
        UUID tenant = UUID.randomUUID();

        assertThat(store.claim(tenant, "nonce-0001", NOW + 60_000, NOW)).isTrue();
        assertThat(store.claim(tenant, "nonce-0001", NOW + 90_000, NOW + 30_000)).isFalse();
        assertThat(store.claim(tenant, "nonce-0001", NOW + 120_000, NOW + 60_000)).as("held at its expiry").isFalse();
        assertThat(store.claim(tenant, "nonce-0001", NOW + 120_001, NOW + 60_001)).as("free after it").isTrue();
        assertThat(store.claim(tenant, "nonce-0001", NOW + 150_000, NOW + 90_000)).isFalse();
    }

    @Test
    void aNonceBelongsToOneTenant() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        assertThat(store.claim(first, "shared-nonce", NOW + 60_000, NOW)).isTrue();
        assertThat(store.claim(second, "shared-nonce", NOW + 60_000, NOW)).isTrue();
        assertThat(store.claim(second, "shared-nonce", NOW + 60_000, NOW)).isFalse();
    }

    @Test
    void aSweepDeletesExactlyTheExpiredNonces() {
        UUID tenant = UUID.randomUUID();
        long base = NOW + 10_000_000;
        store.claim(tenant, "expires-first", base + 1_000, base);
        store.claim(tenant, "expires-second", base + 2_000, base);
        store.claim(tenant, "expires-third", base + 3_000, base);

        int swept = store.sweep(base + 2_001);

        assertThat(swept).isGreaterThanOrEqualTo(2);
        assertThat(stored(tenant, "expires-first")).isZero();
        assertThat(stored(tenant, "expires-second")).isZero();
        assertThat(stored(tenant, "expires-third")).isEqualTo(1);
        assertThat(store.claim(tenant, "expires-third", base + 5_000, base + 2_500)).isFalse();
    }

    @Test
    void concurrentClaimsOfOneNonceLetExactlyOneThrough() throws Exception {
        UUID tenant = UUID.randomUUID();
        int claimers = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(claimers);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < claimers; i++) {
                Callable<Boolean> claim = () -> {
                    start.await();
                    return store.claim(tenant, "raced-nonce", NOW + 60_000, NOW);
                };
                claims.add(pool.submit(claim));
            }
            start.countDown();
            int through = 0;
            for (Future<Boolean> claim : claims) {
                through += claim.get() ? 1 : 0;
            }

            assertThat(through).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
