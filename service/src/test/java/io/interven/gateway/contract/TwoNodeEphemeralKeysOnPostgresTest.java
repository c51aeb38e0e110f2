package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static io.interven.gateway.contract.EphemeralKeys.listed;
import static io.interven.gateway.contract.EphemeralKeys.mint;
import static io.interven.gateway.contract.EphemeralKeys.slackWrite;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import io.interven.gateway.testing.TestDatabase;
import io.interven.gateway.testing.TestPostgres;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two gateway nodes on one PostgreSQL database, as behind a load balancer: an ephemeral key's uses are counted once
 * for both, and a key revoked through one node is refused by the other from its next request on (the bound is zero:
 * no node caches keys; every request reads the key from the database).
 */
class TwoNodeEphemeralKeysOnPostgresTest {
    private static GatewayHarness first;
    private static GatewayHarness second;

    @BeforeAll
    static void startTwoNodes() {
        TestDatabase shared = TestPostgres.newDatabase();
        first = GatewayHarness.on(shared).start();
        second = GatewayHarness.on(shared).bootstrapKey(first.bootstrapKey()).start();
    }

    @AfterAll
    static void stopNodes() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aMaxUsesOneKeyUsedConcurrentlyThroughBothNodesSucceedsExactlyOnce() throws Exception {
        TenantFixture tenant = first.newTenant();
        HttpResult minted = mint(first, tenant.key(), slackWrite(600, 1));

        List<Integer> statuses = EphemeralKeys.scanAtOnce(List.of(first, second), minted.field("key"),
                ScanCalls.benign(), 12);

        assertThat(Collections.frequency(statuses, 200)).as("%s", statuses).isEqualTo(1);
        assertThat(Collections.frequency(statuses, 401)).as("%s", statuses).isEqualTo(11);
        assertThat(listed(second, tenant.key(), minted.field("key_id")).path("uses_left").asInt()).isZero();
    }

    @Test
    void aKeyRevokedThroughOneNodeIsRefusedByTheOtherAtItsNextRequest() {
        TenantFixture tenant = first.newTenant();
        HttpResult minted = mint(first, tenant.key(), slackWrite(600, null));
        String key = minted.field("key");
        assertThat(second.post("/v1/scan", key, ScanCalls.benign()).status()).isEqualTo(200);
        assertThat(first.post("/v1/scan", key, ScanCalls.benign()).status()).isEqualTo(200);

        HttpResult revoked = second.delete("/v1/keys/ephemeral/" + minted.field("key_id"), tenant.key());

        assertThat(revoked.status()).as(revoked.text()).isEqualTo(204);
        assertError(first.post("/v1/scan", key, ScanCalls.benign()), 401, "UNAUTHORIZED");
        assertError(second.post("/v1/scan", key, ScanCalls.benign()), 401, "UNAUTHORIZED");
    }
}
