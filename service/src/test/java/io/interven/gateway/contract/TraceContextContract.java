package io.interven.gateway.contract;

import static io.interven.gateway.contract.InboundRoutesContract.created;
import static io.interven.gateway.contract.InboundRoutesContract.newPrefix;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.DatabaseRows;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.LocalUpstream;
import io.interven.gateway.testing.RawHttp;
import io.interven.gateway.testing.TenantFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * W3C Trace Context over real HTTP: a valid {@code traceparent} is continued (same trace id, the gateway's own span
 * id) and echoed on every answer of {@code /v1/*} and {@code /inbound/*}, errors included; the trace id is stored on
 * the scan's trace ({@code w3c_trace_id}); anything invalid (length, case, zeros, version {@code ff}, non-hex, two
 * lines, control characters, a huge header) starts a new trace and is never echoed, stored or forwarded; a
 * {@code tracestate} is echoed and forwarded only re-serialized from a valid one; the inbound proxy sends the
 * gateway's hop upstream.
 */
abstract class TraceContextContract extends GatewayContract {
    static final String CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String CALLER_SPAN = "00f067aa0ba902b7";
    static final String CALLER_PARENT = "00-" + CALLER_TRACE + "-" + CALLER_SPAN + "-01";
    private static final Pattern ECHO = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Object> CALL = Map.of("method", "GET",
            "url", "https://api.github.com/repos/acme/app/issues");

    /** The echoed traceparent, split: trace id, span id, flags. */
    record Echo(String traceId, String spanId, String flags) {
        static Echo of(HttpResponse<?> answer) {
            List<String> lines = answer.headers().allValues("traceparent");
            assertThat(lines).as("one traceparent on %s %s", answer.statusCode(), answer.uri()).hasSize(1);
            Matcher m = ECHO.matcher(lines.get(0));
            assertThat(m.matches()).as("echoed traceparent %s", lines.get(0)).isTrue();
            assertThat(m.group(1)).isNotEqualTo("0".repeat(32));
            assertThat(m.group(2)).isNotEqualTo("0".repeat(16));
            return new Echo(m.group(1), m.group(2), m.group(3));
        }

        void continuesTheCaller() {
            assertThat(traceId).isEqualTo(CALLER_TRACE);
            assertThat(spanId).as("the gateway's own span id").isNotEqualTo(CALLER_SPAN);
            assertThat(flags).isEqualTo("01");
        }

        void startsANewTrace() {
            assertThat(traceId).isNotEqualTo(CALLER_TRACE);
            assertThat(flags).isEqualTo("00");
        }
    }

    static HttpResponse<String> send(GatewayHarness gateway, String method, String path, String key,
                                     List<Map.Entry<String, String>> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(h -> request.header(h.getKey(), h.getValue()));
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> scan(TenantFixture tenant, List<Map.Entry<String, String>> headers) {
        return send(gateway(), "POST", "/v1/scan", tenant.key(), headers, GatewayHarness.write(CALL));
    }

    private static JsonNode json(HttpResponse<String> answer) {
        try {
            return GatewayHarness.JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aValidTraceparentIsContinuedEchoedAndStoredWithTheScansTrace() {
        TenantFixture tenant = newTenant();

        HttpResponse<String> answer = scan(tenant, List.of(Map.entry("traceparent", CALLER_PARENT),
                Map.entry("tracestate", "rojo=00f067aa0ba902b7 , congo=t61rcWkgMzE")));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Echo.of(answer).continuesTheCaller();
        assertThat(answer.headers().allValues("tracestate")).containsExactly("rojo=00f067aa0ba902b7,congo=t61rcWkgMzE");
        String traceId = json(answer).path("trace_id").asText();
        JsonNode trace = TraceReader.awaitTrace(tenant, traceId);
        assertThat(trace.path("w3c_trace_id").asText()).isEqualTo(CALLER_TRACE);
        assertThat(DatabaseRows.column(gateway().database(),
                "SELECT w3c_trace_id FROM traces WHERE trace_id = '" + traceId + "'")).containsExactly(CALLER_TRACE);
    }

    @Test
    void withoutATraceparentANewTraceIsStartedEchoedAndStored() {
        TenantFixture tenant = newTenant();

        HttpResponse<String> answer = scan(tenant, List.of());

        Echo echo = Echo.of(answer);
        echo.startsANewTrace();
        assertThat(answer.headers().allValues("tracestate")).isEmpty();
        JsonNode trace = TraceReader.awaitTrace(tenant, json(answer).path("trace_id").asText());
        assertThat(trace.path("w3c_trace_id").asText()).isEqualTo(echo.traceId());
        assertThat(Echo.of(scan(tenant, List.of())).traceId()).as("each request its own trace")
                .isNotEqualTo(echo.traceId());
    }

    static Stream<Arguments> invalidTraceparents() {
        return Stream.of(
                Arguments.of("too short", "00-" + CALLER_TRACE + "-" + CALLER_SPAN.substring(1) + "-01"),
                Arguments.of("too long", CALLER_PARENT + "0"),
                Arguments.of("trailing field on version 00", CALLER_PARENT + "-00"),
                Arguments.of("upper-case hex", CALLER_PARENT.toUpperCase()),
                Arguments.of("all-zero trace id", "00-" + "0".repeat(32) + "-" + CALLER_SPAN + "-01"),
                Arguments.of("all-zero span id", "00-" + CALLER_TRACE + "-" + "0".repeat(16) + "-01"),
                Arguments.of("version ff", "ff-" + CALLER_TRACE + "-" + CALLER_SPAN + "-01"),
                Arguments.of("non-hex", "00-" + CALLER_TRACE.replace('a', 'x') + "-" + CALLER_SPAN + "-01"),
                Arguments.of("wrong separators", CALLER_PARENT.replace('-', '_')),
                Arguments.of("6 KB", "00-" + CALLER_TRACE + "-" + CALLER_SPAN + "-01-" + "a".repeat(6 * 1024)),
                Arguments.of("AKIA-shaped", "00-AKIAIOSFODNN7EXAMPLEAKIAIOSFODN-" + CALLER_SPAN + "-01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTraceparents")
    void anInvalidTraceparentStartsANewTraceAndIsNeverEchoedOrStored(String why, String traceparent) {
        TenantFixture tenant = newTenant();

        HttpResponse<String> answer = scan(tenant, List.of(Map.entry("traceparent", traceparent),
                Map.entry("tracestate", "rojo=1")));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Echo echo = Echo.of(answer);
        echo.startsANewTrace();
        assertThat(answer.headers().firstValue("traceparent").orElseThrow()).isNotEqualTo(traceparent);
        assertThat(answer.headers().allValues("tracestate")).as("no tracestate without a valid parent").isEmpty();
        JsonNode trace = TraceReader.awaitTrace(tenant, json(answer).path("trace_id").asText());
        assertThat(trace.path("w3c_trace_id").asText()).isEqualTo(echo.traceId());
    }

    @Test
    void twoTraceparentLinesAreAmbiguousAndStartANewTrace() {
        HttpResponse<String> answer = scan(newTenant(), List.of(Map.entry("traceparent", CALLER_PARENT),
                Map.entry("traceparent", CALLER_PARENT)));

        assertThat(answer.statusCode()).isEqualTo(200);
        Echo.of(answer).startsANewTrace();
    }

    static Stream<Arguments> invalidTracestates() {
        return Stream.of(
                Arguments.of("33 members", IntStream.range(0, 33).mapToObj(i -> "k" + i + "=v")
                        .collect(Collectors.joining(","))),
                Arguments.of("over 512 characters", "a=" + "x".repeat(255) + ",b=" + "y".repeat(255)),
                Arguments.of("upper-case key", "Rojo=1"),
                Arguments.of("duplicate key", "rojo=1,rojo=2"),
                Arguments.of("no equals", "rojo"),
                Arguments.of("comma-less garbage", "rojo=1 congo=2"));
    }

    /** W3C: an invalid tracestate is dropped; the traceparent it came with still holds. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTracestates")
    void anInvalidTracestateIsDroppedWholeAndNeverEchoed(String why, String tracestate) {
        HttpResponse<String> answer = scan(newTenant(), List.of(Map.entry("traceparent", CALLER_PARENT),
                Map.entry("tracestate", tracestate)));

        assertThat(answer.statusCode()).isEqualTo(200);
        Echo.of(answer).continuesTheCaller();
        assertThat(answer.headers().allValues("tracestate")).isEmpty();
    }

    @Test
    void controlCharactersInTraceHeadersAreNeverAFailureNorEchoed() {
        TenantFixture tenant = newTenant();
        String body = GatewayHarness.write(CALL);
        List<String> tricks = List.of(
                "traceparent: " + CALLER_PARENT.replace("-01", "-0\u00011") + "\r\n",
                "traceparent: " + CALLER_PARENT + "\r\ntracestate: rojo=a\u0001b\r\n",
                "traceparent: " + CALLER_PARENT + "\r\ntracestate: rojo=a\u007fb\r\n",
                "traceparent: " + CALLER_PARENT.substring(0, 20) + "\t" + CALLER_PARENT.substring(20) + "\r\n",
                "traceparent: " + CALLER_PARENT + "\r\n x-folded: 1\r\n",
                "traceparent: " + CALLER_PARENT + "\u00e9\r\n");
        for (String trick : tricks) {
            RawHttp.Answer answer = RawHttp.send(gateway().baseUrl(), "POST /v1/scan HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nAuthorization: Bearer " + tenant.key() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n" + trick
                    + "Connection: close\r\n\r\n" + body);
            assertThat(answer.status()).as("%s -> %s", trick, answer.head()).isBetween(200, 499);
            assertThat(answer.head()).doesNotContain("\u0001").doesNotContain("x-folded")
                    .doesNotContainIgnoringCase("tracestate");
            if (answer.status() == 200) {
                String echoed = answer.header("traceparent");
                assertThat(echoed).as(trick).matches(ECHO);
                boolean validParent = trick.startsWith("traceparent: " + CALLER_PARENT + "\r\n");
                assertThat(echoed.contains(CALLER_TRACE)).as("continued: %s", trick).isEqualTo(validParent);
            }
        }
    }

    @Test
    void aTenKilobyteTraceparentIsRefusedByTheServerNotFailed() {
        HttpResponse<String> answer = scan(newTenant(), List.of(Map.entry("traceparent",
                CALLER_PARENT + "-" + "a".repeat(10 * 1024))));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(431);
        assertThat(answer.body()).doesNotContain("aaaaaaaa");
        assertThat(answer.headers().allValues("traceparent")).allSatisfy(v -> assertThat(v).hasSizeLessThan(60));
    }

    @Test
    void everyAnswerCarriesTheTraceparentErrorsIncluded() {
        TenantFixture tenant = newTenant();
        List<Map.Entry<String, String>> parent = List.of(Map.entry("traceparent", CALLER_PARENT));
        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(send(gateway(), "POST", "/v1/scan", null, parent, GatewayHarness.write(CALL)));
        answers.add(send(gateway(), "POST", "/v1/scan", "iv_live_notakey", parent, GatewayHarness.write(CALL)));
        answers.add(send(gateway(), "POST", "/v1/scan", tenant.key(), parent, "{\"method\": 12}"));
        answers.add(send(gateway(), "POST", "/v1/scan", tenant.key(), parent, "{not json"));
        answers.add(send(gateway(), "POST", "/v1/scan", tenant.key(), parent,
                "{\"method\":\"POST\",\"url\":\"https://a.example/\",\"body\":\"" + "x".repeat(300 * 1024) + "\"}"));
        answers.add(send(gateway(), "GET", "/v1/traces/" + java.util.UUID.randomUUID(), tenant.key(), parent, null));
        answers.add(send(gateway(), "GET", "/v1/no-such-endpoint", tenant.key(), parent, null));
        answers.add(send(gateway(), "DELETE", "/v1/scan", tenant.key(), parent, null));
        answers.add(send(gateway(), "POST", "/inbound/" + newPrefix() + "/x", tenant.key(), parent, "{}"));
        answers.add(send(gateway(), "GET", "/v1/traces?limit=nope", tenant.key(), parent, null));

        assertThat(answers).extracting(HttpResponse::statusCode)
                .containsExactly(401, 401, 400, 400, 413, 404, 404, 405, 404, 400);
        for (HttpResponse<String> answer : answers) {
            Echo.of(answer).continuesTheCaller();
            assertThat(answer.body()).as("an error is JSON").startsWith("{");
        }
    }

    @Test
    void theInboundProxySendsTheGatewaysHopUpstreamNeverTheCallersHeaders() {
        TenantFixture tenant = newTenant();
        try (LocalUpstream upstream = new LocalUpstream()) {
            Map<String, Object> route = InboundRoutesContract.route(newPrefix());
            route.put("upstream_base_url", upstream.url("/api").toString());
            route.put("platform", "custom");
            String prefix = created(tenant, route);

            HttpResponse<String> continued = send(gateway(), "POST", "/inbound/" + prefix + "/v1/records",
                    tenant.key(), List.of(Map.entry("traceparent", CALLER_PARENT),
                            Map.entry("tracestate", "rojo=1,congo=2")), "{\"name\":\"hello\"}");

            assertThat(continued.statusCode()).as(continued.body()).isEqualTo(200);
            Echo echo = Echo.of(continued);
            echo.continuesTheCaller();
            LocalUpstream.Seen seen = upstream.last();
            assertThat(seen.headers().get("traceparent")).as("the gateway's hop, once")
                    .containsExactly("00-" + CALLER_TRACE + "-" + echo.spanId() + "-01");
            assertThat(seen.headers().get("tracestate")).containsExactly("rojo=1,congo=2");
            JsonNode trace = TraceReader.awaitTrace(tenant,
                    continued.headers().firstValue("X-Interven-Trace-Id").orElseThrow());
            assertThat(trace.path("w3c_trace_id").asText()).isEqualTo(CALLER_TRACE);

            String invalid = CALLER_PARENT.toUpperCase();
            HttpResponse<String> restarted = send(gateway(), "POST", "/inbound/" + prefix + "/v1/records",
                    tenant.key(), List.of(Map.entry("traceparent", invalid),
                            Map.entry("tracestate", "Bad Key=1")), "{\"name\":\"hello\"}");

            assertThat(restarted.statusCode()).isEqualTo(200);
            Echo fresh = Echo.of(restarted);
            fresh.startsANewTrace();
            seen = upstream.last();
            assertThat(seen.headers().get("traceparent")).containsExactly(
                    "00-" + fresh.traceId() + "-" + fresh.spanId() + "-00");
            assertThat(seen.headers().containsKey("tracestate")).as("an invalid tracestate is not forwarded")
                    .isFalse();
        }
    }

    /**
     * A GitHub token and a card number planted in a valid tracestate (which is the caller's own, so it is echoed to
     * it) reach no table, no log line and no metric: on a gateway of its own, so that its database, log and scrape
     * hold only what these requests left. Through the inbound proxy the scan sees the header and finds them.
     */
    @Test
    void aSecretInTracestateReachesNeitherTheDatabaseNorTheLogNorTheMetrics() {
        GatewayHarness own = GatewayHarness.on(io.interven.gateway.testing.TestDatabase.fresh(database()))
                .override("logging.appenders[0].logFormat", "%-5level [%d{ISO8601}] %logger: %msg %mdc%n%ex")
                .start();
        String tracestate = "ghtok=" + PlantedValues.GITHUB_TOKEN + ",card=" + PlantedValues.CARD;
        try (LocalUpstream upstream = new LocalUpstream()) {
            TenantFixture tenant = own.newTenant();
            List<Map.Entry<String, String>> headers = List.of(Map.entry("traceparent", CALLER_PARENT),
                    Map.entry("tracestate", tracestate));
            HttpResponse<String> scanned = send(own, "POST", "/v1/scan", tenant.key(), headers,
                    GatewayHarness.write(CALL));
            assertThat(scanned.statusCode()).isEqualTo(200);
            assertThat(scanned.headers().allValues("tracestate")).as("the caller's own, echoed to it")
                    .containsExactly(tracestate);
            TraceReader.awaitTrace(tenant, json(scanned).path("trace_id").asText());

            Map<String, Object> route = InboundRoutesContract.route(newPrefix());
            route.put("upstream_base_url", upstream.url("/api").toString());
            route.put("platform", "custom");
            String prefix = created(tenant, route);
            HttpResponse<String> inbound = send(own, "POST", "/inbound/" + prefix + "/v1/records", tenant.key(),
                    headers, "{\"name\":\"hello\"}");
            assertThat(inbound.statusCode()).as(inbound.body()).isIn(200, 202, 403);
            String inboundTrace = inbound.headers().firstValue("X-Interven-Trace-Id").orElseThrow();
            JsonNode stored = TraceReader.awaitTrace(tenant, inboundTrace);
            assertThat(stored.path("classifications").toString()).as("the scan saw the header").contains("SECRETS");
            assertThat(stored.path("w3c_trace_id").asText()).isEqualTo(CALLER_TRACE);
            upstream.seen().forEach(seen -> assertThat(String.valueOf(seen.headers().get("tracestate")))
                    .as("what reached the upstream").doesNotContain(PlantedValues.GITHUB_TOKEN));

            List<String> leaks = new ArrayList<>();
            DatabaseRows.everyTable(own.database()).forEach((table, text) ->
                    leaks.addAll(PlantedValues.foundIn("table " + table, text)));
            leaks.addAll(PlantedValues.foundIn("metrics", Scrape.of(own).text()));
            leaks.addAll(PlantedValues.foundIn("log", own.log()));
            assertThat(leaks).isEmpty();
            assertThat(own.log()).as("the gateway logged to its file").contains("applied migration");
        } finally {
            own.close();
        }
    }
}
