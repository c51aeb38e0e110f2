package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Traces of one tenant can never be lost because of another's request: calls carrying what no trace column can
 * hold as is (a host of over 300 characters, NUL, lone surrogates and other odd characters in the agent's name)
 * scanned at the same time as 50 calls of another tenant leave all 51 traces, the odd ones bounded and cleaned.
 */
abstract class TraceIsolationContract extends GatewayContract {
    private static final int VICTIM_CALLS = 50;
    private static final String FIRST_LABEL = "a".repeat(50);

    /** A host of six 50-character labels: over 300 characters, more than the trace's host column holds. */
    static String longHost() {
        List<String> labels = new ArrayList<>();
        labels.add(FIRST_LABEL);
        for (char c = 'b'; c <= 'f'; c++) {
            labels.add(String.valueOf(c).repeat(50));
        }
        return String.join(".", labels) + ".example";
    }

    /** Calls that poisoned a whole trace batch before traces were bounded and cleaned. */
    static List<Map<String, Object>> poisonedCalls() {
        String oddName = "bot\u0000\u0007\ud800 \uD83D\uDE00 " + "\u00e9".repeat(180);
        return List.of(
                Map.of("method", "POST", "url", "https://" + longHost() + "/collect", "body", Map.of("x", "y")),
                Map.of("method", "POST", "url", "https://odd.example/collect", "agent_name", oddName,
                        "body", Map.of("x", "\u0000")),
                Map.of("method", "GET", "url", "https://" + longHost() + "/\u00e9t\u00e9", "agent_name", oddName));
    }

    /** One scan of the run: whose, what, and whether it is one of the poisoned calls. */
    private record Scan(TenantFixture tenant, Map<String, Object> request, boolean poisoned) {
    }

    @Test
    void poisonedCallsAmongFiftyOfAnotherTenantCostNoTraceTheirPlace() throws Exception {
        TenantFixture victim = newTenant();
        TenantFixture attacker = newTenant();
        List<Scan> scans = new ArrayList<>();
        for (int i = 0; i < VICTIM_CALLS; i++) {
            scans.add(new Scan(victim, Map.of("method", "POST", "url", "https://hooks.slack.com/services/T1/B1/x",
                    "body", Map.of("text", "status " + i + " " + UUID.randomUUID())), false));
        }
        List<Map<String, Object>> poisoned = poisonedCalls();
        for (int i = 0; i < poisoned.size(); i++) {
            scans.add(i * 20, new Scan(attacker, poisoned.get(i), true));
        }

        List<String> traceIds = runAtOnce(scans);

        List<String> missing = new ArrayList<>();
        for (int i = 0; i < scans.size(); i++) {
            Scan scan = scans.get(i);
            HttpResult trace = scan.tenant().gateway().await("/v1/traces/" + traceIds.get(i), scan.tenant().key(),
                    r -> r.status() == 200);
            if (trace.status() != 200) {
                missing.add((scan.poisoned() ? "poisoned " : "victim ") + traceIds.get(i));
            } else if (scan.poisoned()) {
                assertStoredBounded(trace.json());
            }
        }
        assertThat(missing).as("traces lost").isEmpty();
    }

    private static void assertStoredBounded(JsonNode trace) {
        String host = trace.path("host").asText();
        assertThat(host.length()).isLessThanOrEqualTo(255);
        if (host.length() > 200) {
            assertThat(host).startsWith(FIRST_LABEL).endsWith("\u2026");
        }
        String agentName = trace.path("agent_name").asText("");
        assertThat(agentName.length()).isLessThanOrEqualTo(200);
        assertThat(agentName).doesNotContain("\u0000", "\u0007", "\ud800");
    }

    /** Scans every call at the same moment; their trace ids, in order. */
    private static List<String> runAtOnce(List<Scan> scans) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(scans.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (Scan scan : scans) {
                answers.add(pool.submit(() -> {
                    start.await();
                    HttpResult answer = scan.tenant().scan(scan.request());
                    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
                    return answer.field("trace_id");
                }));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<String> answer : answers) {
                ids.add(answer.get(120, TimeUnit.SECONDS));
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }
}
