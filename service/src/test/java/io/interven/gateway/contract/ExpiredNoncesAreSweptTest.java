package io.interven.gateway.contract;

import static io.interven.gateway.contract.SignedCalls.newNonce;
import static io.interven.gateway.contract.SignedCalls.signedScan;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.DatabaseRows;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.TenantFixture;
import io.interven.gateway.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A running gateway deletes the nonces whose window has passed by itself, every window (here five seconds:
 * a nonce signed now is kept at least four of them, long enough to see it stored first). */
class ExpiredNoncesAreSweptTest {

    @Test
    void aStoredNonceIsDeletedOnceItsWindowHasPassed() throws Exception {
        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.fresh("h2"))
                .override("limits.replayWindowSeconds", "5").start()) {
            TenantFixture tenant = gateway.newTenant();
            String nonce = newNonce();
            String stored = "SELECT nonce FROM request_nonces WHERE nonce = '" + nonce + "'";

            assertThat(signedScan(gateway, tenant.key(), nonce).status()).isEqualTo(200);
            assertThat(DatabaseRows.column(gateway.database(), stored)).containsExactly(nonce);

            assertThat(pollUntilEmpty(gateway.database(), stored)).as("still stored after 20 s").isEmpty();
        }
    }

    private static List<String> pollUntilEmpty(TestDatabase database, String sql) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> rows = DatabaseRows.column(database, sql);
        while (!rows.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            rows = DatabaseRows.column(database, sql);
        }
        return rows;
    }
}
