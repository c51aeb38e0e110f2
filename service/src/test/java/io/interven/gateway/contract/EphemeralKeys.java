package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Calls of {@code /v1/keys/ephemeral} and scans made with the keys it mints. */
public final class EphemeralKeys {
    /** A GitHub issue listing: tool {@code github}, verb READ. */
    public static final Map<String, Object> GITHUB_READ = Map.of("method", "GET",
            "url", "https://api.github.com/repos/acme/app/issues");

    private EphemeralKeys() {
    }

    /** The reference's example body with {@code ttl_seconds} and {@code max_uses} given (max_uses null: left out). */
    public static Map<String, Object> slackWrite(long ttlSeconds, Integer maxUses) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ttl_seconds", ttlSeconds);
        if (maxUses != null) {
            body.put("max_uses", maxUses);
        }
        body.put("scope", Map.of("tools", List.of("slack"), "verbs", List.of("WRITE")));
        body.put("description", "One-time Slack post for incident #1234");
        return body;
    }

    /** Mints with {@code minter}; fails unless the answer is 201. */
    public static HttpResult mint(GatewayHarness gateway, String minter, Map<String, Object> body) {
        HttpResult answer = gateway.post("/v1/keys/ephemeral", minter, body);
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer;
    }

    /** The listed entry of the key, from {@code GET /v1/keys/ephemeral}. */
    public static JsonNode listed(GatewayHarness gateway, String minter, String keyId) {
        HttpResult list = gateway.get("/v1/keys/ephemeral", minter);
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        for (JsonNode entry : list.json()) {
            if (entry.path("key_id").asText().equals(keyId)) {
                return entry;
            }
        }
        throw new AssertionError("key " + keyId + " not listed: " + list.text());
    }

    /**
     * Sends {@code requests} scans with {@code key} all at once, round robin over {@code gateways}; their statuses.
     */
    public static List<Integer> scanAtOnce(List<GatewayHarness> gateways, String key, Map<String, Object> call,
                                           int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch ready = new CountDownLatch(requests);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                GatewayHarness gateway = gateways.get(i % gateways.size());
                Callable<Integer> scan = () -> {
                    ready.countDown();
                    go.await();
                    return gateway.post("/v1/scan", key, call).status();
                };
                answers.add(pool.submit(scan));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
