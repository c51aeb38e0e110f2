package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import io.interven.gateway.testing.TestPostgres;
import io.interven.gateway.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two gateway nodes on one PostgreSQL database count one tenant's scans against one budget: shared, not doubled. */
class TwoNodesShareTheRateBudgetTest {
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
    void aBudgetSpentThroughBothNodesAtOnceLetsExactlyItsScansThrough() throws Exception {
        RateWindows.awaitRoomInWindow();
        TenantFixture onFirst = first.newTenant();
        TenantFixture onSecond = new TenantFixture(second, onFirst.tenantId(), onFirst.key(), onFirst.keyId());
        int budget = 30;
        TenantSettingsApi.setRateLimit(onFirst, budget);

        List<HttpResult> answers = RateLimitContract.burst(List.of(onFirst, onSecond), 2 * budget, 16);

        assertThat(answers.stream().filter(a -> a.status() == 200).count()).isEqualTo(budget);
        assertThat(answers.stream().filter(a -> a.status() == 429).count()).isEqualTo(budget);
    }

    @Test
    void anOverrideSetOnOneNodeHoldsOnTheOther() {
        RateWindows.awaitRoomInWindow();
        TenantFixture onFirst = first.newTenant();
        TenantFixture onSecond = new TenantFixture(second, onFirst.tenantId(), onFirst.key(), onFirst.keyId());
        TenantSettingsApi.setRateLimit(onFirst, 2);

        HttpResult a = onSecond.scan(ScanCalls.benign());
        HttpResult b = onFirst.scan(ScanCalls.benign());
        HttpResult c = onSecond.scan(ScanCalls.benign());

        assertThat(a.status()).as(a.text()).isEqualTo(200);
        assertThat(a.headers().firstValue("X-RateLimit-Limit")).hasValue("2");
        assertThat(b.status()).as(b.text()).isEqualTo(200);
        assertThat(b.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        ErrorAssertions.assertError(c, 429, "RATE_LIMITED");
    }
}
