package io.interven.gateway.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.RawHttp;
import io.interven.gateway.testing.SampleCalls;
import io.interven.gateway.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request bodies are read whole before their request is handled, without holding a thread: a client that declares
 * a body and stops sending it costs no request thread, answers 408 when it falls behind the least pace or passes the
 * body timeout (not only at the idle timeout), and the memory of bodies still arriving is bounded and given back
 * whatever becomes of them. A body sent in many parts is read exactly as one sent at once.
 */
class StalledBodiesTest {
    private static final String TOKEN = "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";

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void clientsThatStopSendingTheirBodiesHoldNoRequestThread(String database) throws Exception {
        int stalls = 64;
        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.fresh(database))
                .override("server.maxThreads", "24")
                .override("server.applicationConnectors[0].idleTimeout", "120 seconds")
                .override("limits.requestBodyGrace", "120 seconds")
                .override("limits.requestBodyTimeout", "120 seconds")
                .start()) {
            List<PartialBody> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < stalls; i++) {
                    PartialBody body = PartialBody.withLength(gateway.baseUrl(), gateway.bootstrapKey(), 1000);
                    body.send("{\"method\":\"POST\",");
                    stalled.add(body);
                }
                // more stalled bodies than request threads: were each to hold one, these scans would wait 120 s
                for (int i = 0; i < 5; i++) {
                    HttpResult scan = gateway.post("/v1/scan", gateway.bootstrapKey(), SampleCalls.slackHello());
                    assertThat(scan.status()).as(scan.text()).isEqualTo(200);
                }
                for (PartialBody body : stalled) {
                    assertThat(body.waiting()).as("a stalled body still waited for").isTrue();
                }
            } finally {
                for (PartialBody body : stalled) {
                    body.close();
                }
            }
            assertThat(GatewayHarness.pollUntil(() -> heldBytes(gateway), held -> held == 0))
                    .as("bytes of the abandoned bodies given back").isZero();
        }
    }

    @Test
    void aBodyThatStopsIsAnswered408AtItsPaceNotAtTheIdleTimeout() throws Exception {
        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.fresh("h2"))
                .override("server.applicationConnectors[0].idleTimeout", "120 seconds")
                .override("limits.requestBodyGrace", "1 second")
                .override("limits.minRequestBodyBytesPerSecond", "1024")
                .start();
             PartialBody body = PartialBody.withLength(gateway.baseUrl(), gateway.bootstrapKey(), 1000)) {
            body.send("{\"method\":\"POST\",");

            RawHttp.Answer answer = body.answer(20_000);

            assertThat(answer.status()).as(answer.head()).isEqualTo(408);
            assertThat(answer.header("Content-Type")).startsWith("application/json");
            assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
            assertThat(GatewayHarness.JSON.readTree(answer.body()).path("message").asText())
                    .isEqualTo("the request was not received in time");
            assertThat(metric(gateway, "interven_body_refusals_total{reason=\"late\"}")).isEqualTo(1);
        }
    }

    @Test
    void aBodyKeepingThePaceButNotWholeWithinTheBodyTimeoutIsAnswered408() throws Exception {
        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.fresh("h2"))
                .override("limits.requestBodyGrace", "100 milliseconds")
                .override("limits.minRequestBodyBytesPerSecond", "10")
                .override("limits.requestBodyTimeout", "2 seconds")
                .start();
             PartialBody body = PartialBody.withLength(gateway.baseUrl(), gateway.bootstrapKey(), 4000)) {
            byte[] part = new byte[100];
            Arrays.fill(part, (byte) ' ');
            // 500 bytes a second, fifty times the least pace: whole after 8 s, past the 2 s the body may take
            for (int i = 0; i < 40 && body.send(part); i++) {
                Thread.sleep(200);
            }

            RawHttp.Answer answer = body.answer(10_000);

            assertThat(answer.status()).as(answer.head()).isEqualTo(408);
        }
    }

    @Test
    void bodiesStillArrivingShareABoundedBudgetThatIsGivenBackWhateverBecomesOfThem() throws Exception {
        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.fresh("h2"))
                .override("limits.readAheadBudget", "8KiB")
                .override("limits.requestBodyGrace", "120 seconds")
                .start()) {
            String key = gateway.bootstrapKey();
            try (PartialBody first = PartialBody.withLength(gateway.baseUrl(), key, 20_000)) {
                first.send(" ".repeat(6000));
                assertThat(GatewayHarness.pollUntil(() -> heldBytes(gateway), held -> held == 6000))
                        .as("the first body's bytes held").isEqualTo(6000);

                try (PartialBody second = PartialBody.withLength(gateway.baseUrl(), key, 20_000)) {
                    second.send(" ".repeat(4000));
                    RawHttp.Answer refused = second.answer(10_000);
                    assertThat(refused.status()).as(refused.head()).isEqualTo(503);
                    assertThat(refused.header("Retry-After")).isNotBlank();
                    assertThat(refused.header("Connection")).as("the rest of the body is unread")
                            .isEqualToIgnoringCase("close");
                    assertThat(GatewayHarness.JSON.readTree(refused.body()).path("code").asText())
                            .isEqualTo("BODY_BUFFER_FULL");
                    assertThat(metric(gateway, "interven_body_refusals_total{reason=\"budget_full\"}"))
                            .isEqualTo(1);
                }
                assertThat(heldBytes(gateway)).as("the refused body gave its bytes back").isEqualTo(6000);
            }
            assertThat(GatewayHarness.pollUntil(() -> heldBytes(gateway), held -> held == 0))
                    .as("the abandoned body's bytes given back").isZero();

            HttpResult scan = gateway.post("/v1/scan", key, SampleCalls.slackHello());
            assertThat(scan.status()).as(scan.text()).isEqualTo(200);
            assertThat(sentInParts(gateway, scanWithToken().getBytes(StandardCharsets.UTF_8), "", 50).status())
                    .isEqualTo(200);
            // given back when the request completes, which may be a moment after its answer reached the client
            assertThat(GatewayHarness.pollUntil(() -> heldBytes(gateway), held -> held == 0))
                    .as("an answered body's bytes given back").isZero();
        }
    }

    @Test
    void manyClientsAtOnceCompletingAbandoningOrStallingTheirBodiesLeaveTheBudgetEmpty() throws Exception {
        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.fresh("h2"))
                .override("limits.requestBodyGrace", "1 second")
                .override("limits.minRequestBodyBytesPerSecond", "1024")
                .override("limits.rateLimitPerMinute", "100000")
                .start()) {
            byte[] call = GatewayHarness.write(SampleCalls.slackHello()).getBytes(StandardCharsets.UTF_8);
            ExecutorService clients = Executors.newFixedThreadPool(30);
            List<Future<Integer>> completed = new ArrayList<>();
            List<Future<Integer>> stalled = new ArrayList<>();
            List<Future<Boolean>> abandoned = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                completed.add(clients.submit(() -> sentInParts(gateway, call, "", 6).status()));
                stalled.add(clients.submit(() -> {
                    try (PartialBody body = PartialBody.withLength(gateway.baseUrl(), gateway.bootstrapKey(), 5000)) {
                        body.send(Arrays.copyOf(call, 20));
                        return body.answer(15_000).status();
                    }
                }));
                abandoned.add(clients.submit(() -> {
                    try (PartialBody body = PartialBody.withLength(gateway.baseUrl(), gateway.bootstrapKey(), 5000)) {
                        body.send(Arrays.copyOf(call, 30));
                        Thread.sleep(100);
                        return body.send(Arrays.copyOfRange(call, 30, 60));
                    }
                }));
            }
            for (Future<Integer> answer : completed) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
            for (Future<Integer> answer : stalled) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(408);
            }
            for (Future<Boolean> sent : abandoned) {
                sent.get(60, TimeUnit.SECONDS);
            }
            clients.shutdownNow();
            assertThat(GatewayHarness.pollUntil(() -> heldBytes(gateway), held -> held == 0))
                    .as("every body's bytes given back").isZero();
            HttpResult after = gateway.post("/v1/scan", gateway.bootstrapKey(), SampleCalls.slackHello());
            assertThat(after.status()).as(after.text()).isEqualTo(200);
        }
    }

    @Test
    void aBodySentInManyPartsIsScannedAsOneSentAtOnce() throws Exception {
        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.fresh("h2")).start()) {
            byte[] call = scanWithToken().getBytes(StandardCharsets.UTF_8);
            HttpResult atOnce = gateway.postBytes("/v1/scan", gateway.bootstrapKey(), call);

            RawHttp.Answer inParts = sentInParts(gateway, call, "", 40);
            RawHttp.Answer chunked = sentChunked(gateway, call);
            RawHttp.Answer gzipInParts = sentInParts(gateway, gzip(call), "Content-Encoding: gzip\r\n", 25);

            assertThat(atOnce.field("decision")).isEqualTo("SANITIZE");
            for (RawHttp.Answer answer : List.of(inParts, chunked, gzipInParts)) {
                assertThat(answer.status()).as(answer.head()).isEqualTo(200);
                var json = GatewayHarness.JSON.readTree(answer.body());
                assertThat(json.path("decision").asText()).isEqualTo("SANITIZE");
                assertThat(json.path("sanitized_body").toString()).isEqualTo(atOnce.json().path("sanitized_body")
                        .toString()).doesNotContain(TOKEN);
            }
        }
    }

    private static String scanWithToken() {
        return GatewayHarness.write(Map.of("method", "POST", "url", "https://hooks.slack.com/services/T0/B0/x",
                "body", Map.of("text", "deploy with " + TOKEN + " " + "and some words ".repeat(300))));
    }

    /** The body in {@code parts} pieces, 20 ms apart, after a head declaring its length and {@code headers}. */
    private static RawHttp.Answer sentInParts(GatewayHarness gateway, byte[] body, String headers, int parts)
            throws Exception {
        try (PartialBody request = PartialBody.open(gateway.baseUrl(), "/v1/scan", gateway.bootstrapKey(),
                headers + "Content-Length: " + body.length + "\r\n")) {
            int step = Math.max(1, body.length / parts);
            for (int from = 0; from < body.length; from += step) {
                request.send(Arrays.copyOfRange(body, from, Math.min(body.length, from + step)));
                Thread.sleep(20);
            }
            return request.answer(15_000);
        }
    }

    /** The body in chunked transfer coding, one chunk of 97 bytes every 10 ms. */
    private static RawHttp.Answer sentChunked(GatewayHarness gateway, byte[] body) throws Exception {
        try (PartialBody request = PartialBody.open(gateway.baseUrl(), "/v1/scan", gateway.bootstrapKey(),
                "Transfer-Encoding: chunked\r\n")) {
            for (int from = 0; from < body.length; from += 97) {
                int to = Math.min(body.length, from + 97);
                request.send((Integer.toHexString(to - from) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                request.send(Arrays.copyOfRange(body, from, to));
                request.send("\r\n");
                Thread.sleep(10);
            }
            request.send("0\r\n\r\n");
            return request.answer(15_000);
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    /** {@code interven_body_read_ahead_bytes} as the admin port's /metrics says it now. */
    private static long heldBytes(GatewayHarness gateway) {
        return metric(gateway, "interven_body_read_ahead_bytes");
    }

    /** The value of the series {@code name} (with its labels, as /metrics writes them) now. */
    private static long metric(GatewayHarness gateway, String name) {
        for (String line : gateway.getAdmin("/metrics").text().split("\n")) {
            if (line.startsWith(name + " ")) {
                return (long) Double.parseDouble(line.substring(name.length() + 1).trim());
            }
        }
        throw new AssertionError("no " + name + " in /metrics");
    }
}
