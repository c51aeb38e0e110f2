package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static io.interven.gateway.contract.SignedCalls.headers;
import static io.interven.gateway.contract.SignedCalls.newNonce;
import static io.interven.gateway.contract.SignedCalls.now;
import static io.interven.gateway.contract.SignedCalls.send;
import static io.interven.gateway.contract.SignedCalls.signature;
import static io.interven.gateway.contract.SignedCalls.signedScan;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import io.interven.gateway.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two gateway nodes on one PostgreSQL database: a nonce is one tenant's once, whichever node sees it. */
class ReplayAcrossNodesOnPostgresTest {
    private static GatewayHarness first;
    private static GatewayHarness second;

    @BeforeAll
    static void startTwoNodes() {
        TestDatabase shared = TestDatabase.fresh("postgres");
        first = GatewayHarness.on(shared).start();
        second = GatewayHarness.on(shared).start();
    }

    @AfterAll
    static void stopThem() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aNonceUsedOnOneNodeIsRefusedOnTheOther() {
        TenantFixture tenant = first.newTenant();
        String usedFirstOnFirst = newNonce();
        String usedFirstOnSecond = newNonce();

        assertThat(signedScan(first, tenant.key(), usedFirstOnFirst).status()).isEqualTo(200);
        assertError(signedScan(second, tenant.key(), usedFirstOnFirst), 401, "REPLAYED");
        assertThat(signedScan(second, tenant.key(), usedFirstOnSecond).status()).isEqualTo(200);
        assertError(signedScan(first, tenant.key(), usedFirstOnSecond), 401, "REPLAYED");
    }

    @Test
    void oneSignedRequestSentConcurrentlyThroughBothNodesPassesExactlyOnce() throws Exception {
        TenantFixture tenant = first.newTenant();
        byte[] body = GatewayHarness.write(ScanCalls.benign()).getBytes(StandardCharsets.UTF_8);
        long now = now();
        String nonce = newNonce();
        Map<String, String> headers = headers(tenant.key(), now, nonce,
                signature(tenant.key(), now, nonce, "POST", "/v1/scan", body));
        int perNode = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2 * perNode);
        try {
            List<Future<HttpResult>> answers = new ArrayList<>();
            for (int i = 0; i < 2 * perNode; i++) {
                GatewayHarness node = i % 2 == 0 ? first : second;
                Callable<HttpResult> call = () -> {
                    start.await();
                    return send(node, "POST", "/v1/scan", headers, body);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<HttpResult> results = new ArrayList<>();
            for (Future<HttpResult> answer : answers) {
                results.add(answer.get());
            }

            assertThat(results).filteredOn(r -> r.status() == 200).hasSize(1);
            results.stream().filter(r -> r.status() != 200).forEach(r -> assertError(r, 401, "REPLAYED"));
        } finally {
            pool.shutdownNow();
        }
    }
}
