package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-tenant rate limit of the scan endpoints: a budget of N lets exactly N scans of a minute through, the
 * next answer 429 with Retry-After, every answer carries the limit headers, and other tenants are not touched.
 */
abstract class RateLimitContract extends GatewayContract {

    @BeforeEach
    void startEarlyInAMinute() {
        RateWindows.awaitRoomInWindow();
    }

    private static int header(HttpResult answer, String name) {
        return Integer.parseInt(answer.headers().firstValue(name)
                .orElseThrow(() -> new AssertionError(name + " missing on " + answer.status() + " " + answer.text())));
    }

    @Test
    void theBudgetLetsExactlyItsScansThroughThenAnswers429() {
        TenantFixture tenant = newTenant();
        TenantSettingsApi.setRateLimit(tenant, 3);

        List<HttpResult> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(tenant.scan(ScanCalls.benign()));
        }

        for (int i = 0; i < 3; i++) {
            assertThat(answers.get(i).status()).as(answers.get(i).text()).isEqualTo(200);
            assertThat(header(answers.get(i), "X-RateLimit-Limit")).isEqualTo(3);
            assertThat(header(answers.get(i), "X-RateLimit-Remaining")).isEqualTo(2 - i);
        }
        HttpResult refused = answers.get(3);
        assertError(refused, 429, "RATE_LIMITED");
        assertThat(header(refused, "X-RateLimit-Limit")).isEqualTo(3);
        assertThat(header(refused, "X-RateLimit-Remaining")).isZero();
        assertThat(header(refused, "Retry-After")).isBetween(1, 60);
    }

    @Test
    void everyScanEndpointCountsAndEveryAnswerCarriesTheHeaders() {
        TenantFixture tenant = newTenant();
        TenantSettingsApi.setRateLimit(tenant, 3);

        HttpResult scanned = tenant.scan(ScanCalls.benign());
        HttpResult invalid = tenant.scan(Map.of("method", "POST"));
        HttpResult response = gateway().post("/v1/scan/response", tenant.key(),
                Map.of("trace_id", scanned.field("trace_id"), "response_body", Map.of("ok", true)));
        HttpResult refused = gateway().post("/v1/scan/response", tenant.key(),
                Map.of("trace_id", scanned.field("trace_id"), "response_body", Map.of("ok", true)));

        assertThat(scanned.status()).as(scanned.text()).isEqualTo(200);
        assertThat(header(scanned, "X-RateLimit-Remaining")).isEqualTo(2);
        assertThat(invalid.status()).as(invalid.text()).isEqualTo(400);
        assertThat(header(invalid, "X-RateLimit-Remaining")).isEqualTo(1);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(header(response, "X-RateLimit-Limit")).isEqualTo(3);
        assertThat(header(response, "X-RateLimit-Remaining")).isZero();
        assertError(refused, 429, "RATE_LIMITED");
        assertThat(gateway().get("/v1/admin/keys", tenant.key()).headers().firstValue("X-RateLimit-Limit"))
                .as("only scan endpoints are limited").isEmpty();
    }

    @Test
    void concurrentScansSpendExactlyTheBudget() throws Exception {
        TenantFixture tenant = newTenant();
        int budget = 20;
        TenantSettingsApi.setRateLimit(tenant, budget);

        List<HttpResult> answers = burst(tenant, 2 * budget, 16);

        assertThat(answers.stream().filter(a -> a.status() == 200).count()).isEqualTo(budget);
        assertThat(answers.stream().filter(a -> a.status() == 429).count()).isEqualTo(budget);
        assertThat(answers.stream().filter(a -> a.status() == 200).map(a -> header(a, "X-RateLimit-Remaining")))
                .as("each counted scan saw its own count").doesNotHaveDuplicates();
    }

    /**
     * A budget large enough for the node to take it several scans at a time (a lease): still exactly the budget's
     * scans get through, each answer counting its own scan.
     */
    @Test
    void aBudgetTakenSeveralScansAtATimeIsStillSpentExactly() throws Exception {
        TenantFixture tenant = newTenant();
        int budget = 300;
        TenantSettingsApi.setRateLimit(tenant, budget);

        List<HttpResult> answers = burst(tenant, 2 * budget, 16);

        assertThat(answers.stream().filter(a -> a.status() == 200).count()).isEqualTo(budget);
        assertThat(answers.stream().filter(a -> a.status() == 429).count()).isEqualTo(budget);
        assertThat(answers.stream().filter(a -> a.status() == 200).map(a -> header(a, "X-RateLimit-Remaining")))
                .as("each counted scan saw its own count").doesNotHaveDuplicates();
    }

    @Test
    void anotherTenantKeepsItsOwnBudget() {
        TenantFixture spent = newTenant();
        TenantFixture other = newTenant();
        TenantSettingsApi.setRateLimit(spent, 1);
        TenantSettingsApi.setRateLimit(other, 1);
        assertThat(spent.scan(ScanCalls.benign()).status()).isEqualTo(200);
        assertError(spent.scan(ScanCalls.benign()), 429, "RATE_LIMITED");

        HttpResult answer = other.scan(ScanCalls.benign());

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(header(answer, "X-RateLimit-Remaining")).isZero();
    }

    @Test
    void aChangedOverrideHoldsAtOnce() {
        TenantFixture tenant = newTenant();
        TenantSettingsApi.setRateLimit(tenant, 1);
        assertThat(tenant.scan(ScanCalls.benign()).status()).isEqualTo(200);
        assertError(tenant.scan(ScanCalls.benign()), 429, "RATE_LIMITED");

        TenantSettingsApi.setRateLimit(tenant, 3);
        HttpResult raised = tenant.scan(ScanCalls.benign());
        TenantSettingsApi.setRateLimit(tenant, null);
        HttpResult byDefault = tenant.scan(ScanCalls.benign());

        assertThat(raised.status()).as(raised.text()).isEqualTo(200);
        assertThat(header(raised, "X-RateLimit-Limit")).isEqualTo(3);
        assertThat(header(raised, "X-RateLimit-Remaining")).isEqualTo(1);
        assertThat(byDefault.status()).as(byDefault.text()).isEqualTo(200);
        assertThat(header(byDefault, "X-RateLimit-Limit"))
                .isEqualTo(gateway().configuration().limits.rateLimitPerMinute);
    }

    /** {@code count} scans of the tenant sent at once from {@code threads} threads. */
    static List<HttpResult> burst(TenantFixture tenant, int count, int threads) throws Exception {
        return burst(List.of(tenant), count, threads);
    }

    /** {@code count} scans sent at once from {@code threads} threads, taking turns over the given clients. */
    static List<HttpResult> burst(List<TenantFixture> clients, int count, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResult>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                TenantFixture client = clients.get(i % clients.size());
                Callable<HttpResult> scan = () -> {
                    start.await();
                    return client.scan(ScanCalls.benign());
                };
                pending.add(pool.submit(scan));
            }
            start.countDown();
            List<HttpResult> answers = new ArrayList<>();
            for (Future<HttpResult> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
