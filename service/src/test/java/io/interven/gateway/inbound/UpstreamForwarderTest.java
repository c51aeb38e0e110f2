package io.interven.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.interven.gateway.testing.LocalUpstream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The forwarder against a real upstream on a loopback port: what arrives there, what comes back, how it fails. */
class UpstreamForwarderTest {
    static final int KEPT = 1024 * 1024;
    static final String ROUTE_TOKEN = "route-token-7f3a";

    LocalUpstream upstream;
    UpstreamForwarder forwarder;

    @BeforeEach
    void start() {
        upstream = new LocalUpstream();
        forwarder = new UpstreamForwarder(KEPT, true);
    }

    @AfterEach
    void stop() {
        forwarder.stop();
        upstream.close();
    }

    static InboundRoute route(String prefix, URI base, RouteCredential credential, Duration responseTimeout) {
        return new InboundRoute(UUID.randomUUID(), prefix, base, credential, Set.of("GET", "POST"), "production",
                Platform.CUSTOM, Duration.ofSeconds(2), responseTimeout);
    }

    InboundRoute route(RouteCredential credential) {
        return route("acme", upstream.url("/base"), credential, Duration.ofSeconds(5));
    }

    static UpstreamRequest request(InboundRoute route, String method, String path, String query,
                                   Map<String, List<String>> headers, byte[] body) throws UpstreamPathRefused {
        return new UpstreamRequest(method, UpstreamTarget.resolve(route.upstreamBaseUrl(), path, query,
                route.credential()), headers, body);
    }

    static byte[] readAll(UpstreamAnswer answer) throws IOException {
        try (answer) {
            return answer.body().readAllBytes();
        }
    }

    @Test
    void eachCredentialKindArrivesUpstreamAsTheRouteSendsIt() throws Exception {
        InboundRoute bearer = route(new RouteCredential.Bearer(ROUTE_TOKEN));
        readAll(forwarder.forward(bearer, request(bearer, "GET", "/x", null, Map.of(), null)));
        assertThat(upstream.last().headers().getFirst("Authorization")).isEqualTo("Bearer " + ROUTE_TOKEN);

        InboundRoute basic = route(new RouteCredential.Basic("svc", "pa:ss"));
        readAll(forwarder.forward(basic, request(basic, "GET", "/x", null, Map.of(), null)));
        assertThat(upstream.last().headers().getFirst("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("svc:pa:ss".getBytes(StandardCharsets.UTF_8)));

        InboundRoute header = route(new RouteCredential.Header("X-Api-Key", ROUTE_TOKEN));
        readAll(forwarder.forward(header, request(header, "GET", "/x", null,
                Map.of("x-api-key", List.of("callers-own")), null)));
        assertThat(upstream.last().headers().get("X-Api-Key")).containsExactly(ROUTE_TOKEN);
        assertThat(upstream.last().headers().containsKey("Authorization")).isFalse();

        InboundRoute query = route(new RouteCredential.Query("api_key", "k/1 2"));
        readAll(forwarder.forward(query, request(query, "GET", "/x", "a=1&api_key=callers-own", Map.of(), null)));
        assertThat(upstream.last().rawQuery()).isEqualTo("a=1&api_key=k%2F1%202");
        assertThat(upstream.last().headers().containsKey("Authorization")).isFalse();
    }

    @Test
    void theCallersCredentialsAndHopByHopHeadersNeverArriveAndHostIsTheUpstreams() throws Exception {
        InboundRoute route = route(new RouteCredential.Bearer(ROUTE_TOKEN));
        Map<String, List<String>> caller = new LinkedHashMap<>();
        caller.put("Authorization", List.of("Bearer iv_live_callers_gateway_key"));
        caller.put("Cookie", List.of("gateway_session=abc"));
        caller.put("Connection", List.of("X-Hop-Secret"));
        caller.put("X-Hop-Secret", List.of("hop"));
        caller.put("Keep-Alive", List.of("timeout=5"));
        caller.put("TE", List.of("trailers"));
        caller.put("Trailer", List.of("X-Checksum"));
        caller.put("Upgrade", List.of("websocket"));
        caller.put("Proxy-Authorization", List.of("Basic eDp5"));
        caller.put("Transfer-Encoding", List.of("chunked"));
        caller.put("Content-Length", List.of("1"));
        caller.put("Expect", List.of("100-continue"));
        caller.put("Host", List.of("gateway.example"));
        caller.put("X-Interven-Trace-Id", List.of("forged"));
        caller.put("Content-Type", List.of("application/json"));
        caller.put("X-Request-Id", List.of("r-42"));
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

        readAll(forwarder.forward(route, request(route, "POST", "/x", null, caller, body)));

        var seen = upstream.last().headers();
        assertThat(seen.get("Authorization")).containsExactly("Bearer " + ROUTE_TOKEN);
        assertThat(seen.get("Host")).containsExactly("127.0.0.1:" + upstream.port());
        assertThat(seen.get("Content-Length")).containsExactly(String.valueOf(body.length));
        assertThat(seen.get("Content-Type")).containsExactly("application/json");
        assertThat(seen.get("X-Request-Id")).containsExactly("r-42");
        for (String absent : List.of("Cookie", "Connection", "X-Hop-Secret", "Keep-Alive", "TE", "Trailer",
                "Upgrade", "Proxy-Authorization", "Transfer-Encoding", "Expect", "X-Interven-Trace-Id")) {
            assertThat(seen.containsKey(absent)).as(absent).isFalse();
        }
        assertThat(seen.toString()).doesNotContain("iv_live_callers_gateway_key").doesNotContain("gateway_session");
    }

    @Test
    void theAnswerComesBackWithoutHopByHopHeadersCookiesOrAForgedDecision() throws Exception {
        InboundRoute route = route(new RouteCredential.Bearer(ROUTE_TOKEN));
        try (UpstreamAnswer answer = forwarder.forward(route, request(route, "GET", "/x", null, Map.of(), null))) {
            assertThat(answer.status()).isEqualTo(200);
            Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            names.addAll(answer.headers().keySet());
            assertThat(names).contains("Content-Type", "ETag");
            for (String absent : List.of("Set-Cookie", "Connection", "X-Upstream-Hop", "Keep-Alive",
                    "Proxy-Authenticate", "Trailer", "X-Interven-Decision", "Alt-Svc", "Content-Length",
                    "Transfer-Encoding")) {
                assertThat(names).as(absent).doesNotContain(absent);
            }
            assertThat(answer.body().readAllBytes()).isEqualTo(LocalUpstream.ANSWER);
            assertThat(answer.body().complete()).isTrue();
            assertThat(answer.body().kept()).isEqualTo(LocalUpstream.ANSWER);
            assertThat(answer.body().truncated()).isFalse();
        }
    }

    @Test
    void theBodyArrivesByteForByteAndEncodedPathsAndQueriesAsSent() throws Exception {
        InboundRoute route = route(new RouteCredential.Bearer(ROUTE_TOKEN));
        byte[] body = new byte[300_000];
        new SplittableRandom(3).nextBytes(body);
        String path = "/v58.0/sobjects/Account/001%3AXyZ%20a/caf%c3%a9";
        String query = "q=SELECT+Id+FROM+Account+WHERE+Name%3D%27a%26b%27&x=%2F";

        readAll(forwarder.forward(route, request(route, "POST", path, query,
                Map.of("Content-Type", List.of("application/octet-stream")), body)));

        LocalUpstream.Seen seen = upstream.last();
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.body()).isEqualTo(body);
        assertThat(seen.rawPath()).isEqualTo("/base" + path);
        assertThat(seen.rawQuery()).isEqualTo(query);
    }

    @Test
    void aFiftyMegabyteAnswerStreamsThroughWhileTheTeeKeepsOnlyItsFirstBytes() {
        InboundRoute route = route(new RouteCredential.Bearer(ROUTE_TOKEN));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            // The upstream holds its answer after its first bytes until released: forward() returning before that
            // shows the answer is handed over as a stream, not gathered first.
            try (UpstreamAnswer answer = forwarder.forward(route, request(route, "GET", "/big", null, Map.of(),
                    null))) {
                UpstreamBody body = answer.body();
                assertThat(body.read()).isEqualTo(LocalUpstream.patternByte(0) & 0xFF);
                upstream.releaseBig();
                CountingSink sink = new CountingSink();
                sink.write(LocalUpstream.patternByte(0));
                body.transferTo(sink);

                assertThat(sink.count).isEqualTo(LocalUpstream.BIG_BYTES);
                assertThat(sink.mismatches).isZero();
                assertThat(body.bytesRead()).isEqualTo(LocalUpstream.BIG_BYTES);
                assertThat(body.complete()).isTrue();
                assertThat(body.truncated()).isTrue();
                byte[] kept = body.kept();
                assertThat(kept).hasSize(KEPT);
                for (int i = 0; i < kept.length; i++) {
                    assertThat(kept[i]).isEqualTo(LocalUpstream.patternByte(i));
                }
            }
        });
    }

    @Test
    void theResponseTimeoutBoundsTheStartOfTheAnswerNotALongBody() {
        InboundRoute route = route("patient", upstream.url("/base"), new RouteCredential.Bearer("a"),
                Duration.ofMillis(300));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (UpstreamAnswer answer = forwarder.forward(route, request(route, "GET", "/big", null, Map.of(),
                    null))) {
                assertThat(answer.body().read()).isZero();
                Thread.sleep(1000);
                upstream.releaseBig();
                answer.body().transferTo(OutputStream.nullOutputStream());
                assertThat(answer.body().bytesRead()).isEqualTo(LocalUpstream.BIG_BYTES);
            }
        });
    }

    @Test
    void anUnreachableUpstreamFailsAs502WithoutTheCredentialOrTheQuery() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RouteCredential key = new RouteCredential.Query("api_key", "SECRET-KEY-1");
        for (URI base : List.of(URI.create("http://127.0.0.1:" + closedPort + "/base"),
                URI.create("http://upstream.invalid/base"))) {
            InboundRoute route = route("down", base, key, Duration.ofSeconds(5));
            assertThatThrownBy(() -> forwarder.forward(route, request(route, "GET", "/x", "q=private-words",
                    Map.of("Authorization", List.of("Bearer callers-key")), null)))
                    .isInstanceOfSatisfying(UpstreamFailure.class, failure -> {
                        assertThat(failure.kind()).isEqualTo(UpstreamFailure.Kind.UNREACHABLE);
                        assertThat(failure.status()).isEqualTo(502);
                        assertThat(failure.code()).isEqualTo("UPSTREAM_UNREACHABLE");
                        assertThat(failure.getMessage()).contains("down").doesNotContain("SECRET-KEY-1")
                                .doesNotContain("private-words").doesNotContain("callers-key")
                                .doesNotContain("?");
                        assertThat(failure.getCause()).isNull();
                    });
        }
    }

    @Test
    void aSlowUpstreamFailsAs504WithinTheResponseTimeout() throws Exception {
        InboundRoute route = route("slow", upstream.url("/base"), new RouteCredential.Query("api_key", "SECRET-2"),
                Duration.ofMillis(300));
        long started = System.nanoTime();
        assertThatThrownBy(() -> forwarder.forward(route, request(route, "GET", "/slow", "q=private", Map.of(), null)))
                .isInstanceOfSatisfying(UpstreamFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(UpstreamFailure.Kind.TIMEOUT);
                    assertThat(failure.status()).isEqualTo(504);
                    assertThat(failure.code()).isEqualTo("UPSTREAM_TIMEOUT");
                    assertThat(failure.getMessage()).contains("300 ms").doesNotContain("SECRET-2")
                            .doesNotContain("private");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        upstream.releaseSlow();
    }

    @Test
    void pathEscapeAttemptsNeverReachTheUpstream() throws Exception {
        InboundRoute route = route(new RouteCredential.Bearer(ROUTE_TOKEN));
        List<String> attempts = List.of("/../secret", "/%2e%2e/secret", "/%252e%252e/secret", "/%c0%ae%c0%ae/secret",
                "/x/..%2f..%2fsecret", "/x%2f..%2f..%2fsecret", "//127.0.0.1/secret", "/..\\secret", "/..;/secret",
                "/@127.0.0.1/secret", "/%00/secret", "http://127.0.0.1/secret", "/\uFF0E\uFF0E/secret",
                "/http:/127.0.0.1/secret", "/%2e%2e%5csecret", "/.", "/..");
        List<String> refused = new ArrayList<>();
        for (String attempt : attempts) {
            try {
                readAll(forwarder.forward(route, request(route, "GET", attempt, null, Map.of(), null)));
            } catch (UpstreamPathRefused e) {
                refused.add(attempt);
            }
            readAll(forwarder.forward(route, request(route, "GET", "/ok", null, Map.of(), null)));
        }

        assertThat(refused).containsExactlyElementsOf(attempts);
        assertThat(upstream.seen()).hasSize(attempts.size());
        assertThat(upstream.seen()).allSatisfy(seen -> assertThat(seen.rawPath()).startsWith("/base/"));
    }

    @Test
    void connectionsArePooledPerRoute() throws Exception {
        InboundRoute first = route("first", upstream.url("/base"), new RouteCredential.Bearer("a"),
                Duration.ofSeconds(5));
        InboundRoute second = route("second", upstream.url("/base"), new RouteCredential.Bearer("b"),
                Duration.ofSeconds(5));
        for (int i = 0; i < 3; i++) {
            readAll(forwarder.forward(first, request(first, "GET", "/x", null, Map.of(), null)));
        }
        readAll(forwarder.forward(second, request(second, "GET", "/x", null, Map.of(), null)));

        List<LocalUpstream.Seen> seen = upstream.seen();
        assertThat(seen.get(1).remotePort()).isEqualTo(seen.get(0).remotePort());
        assertThat(seen.get(2).remotePort()).isEqualTo(seen.get(0).remotePort());
        assertThat(seen.get(3).remotePort()).isNotEqualTo(seen.get(0).remotePort());
    }

    @Test
    void afterStopNothingIsForwardedAndTheRoutesThreadsEnd() throws Exception {
        InboundRoute route = route("stopping", upstream.url("/base"), new RouteCredential.Bearer("a"),
                Duration.ofSeconds(5));
        readAll(forwarder.forward(route, request(route, "GET", "/x", null, Map.of(), null)));
        forwarder.stop();

        assertThatThrownBy(() -> forwarder.forward(route, request(route, "GET", "/x", null, Map.of(), null)))
                .isInstanceOfSatisfying(UpstreamFailure.class,
                        failure -> assertThat(failure.kind()).isEqualTo(UpstreamFailure.Kind.FAILED));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (routeThreads("stopping") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(routeThreads("stopping")).isZero();
        assertThat(upstream.seen()).hasSize(1);
    }

    static long routeThreads(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("upstream-" + prefix + "-")).count();
    }

    @Test
    void theTeeKeepsTheFirstBytesHoweverTheyAreRead() throws IOException {
        byte[] data = new byte[10_000];
        new SplittableRandom(5).nextBytes(data);
        UpstreamBody body = new UpstreamBody(new java.io.ByteArrayInputStream(data), 4096);
        assertThat(body.read()).isEqualTo(data[0] & 0xFF);
        assertThat(body.skip(100)).isEqualTo(100);
        byte[] rest = body.readAllBytes();
        assertThat(rest).hasSize(data.length - 101);
        assertThat(body.kept()).isEqualTo(java.util.Arrays.copyOf(data, 4096));
        assertThat(body.bytesRead()).isEqualTo(data.length);
        assertThat(body.complete()).isTrue();

        UpstreamBody none = new UpstreamBody(new java.io.ByteArrayInputStream(data), 0);
        none.transferTo(OutputStream.nullOutputStream());
        assertThat(none.kept()).isEmpty();
        assertThat(none.truncated()).isTrue();
    }

    /** Counts what it is given and checks it against the upstream's pattern, keeping nothing. */
    static final class CountingSink extends OutputStream {
        long count;
        long mismatches;

        @Override
        public void write(int b) {
            if ((byte) b != LocalUpstream.patternByte(count)) {
                mismatches++;
            }
            count++;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++) {
                write(buffer[offset + i]);
            }
        }
    }
}
