package io.interven.gateway.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.RawHttp;
import io.interven.gateway.testing.SharedGateways;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error the HTTP server answers by itself, before or outside any resource, is the uniform JSON error body
 * with {@code Content-Type: application/json}: never Jetty's HTML page, a stack trace or an echo of the request.
 * Sent over raw sockets, since no HTTP client sends such requests.
 */
class ServerErrorAnswersTest {
    static final String MARKER = "zqxmarker";

    static Stream<Arguments> malformedRequests() {
        String host = "Host: gateway\r\n";
        return Stream.of(
                Arguments.of("bad escape", "GET /v1/%zz" + MARKER + " HTTP/1.1\r\n" + host + "\r\n", 400),
                Arguments.of("bad escape in an id", "GET /v1/traces/%g1" + MARKER + " HTTP/1.1\r\n" + host + "\r\n",
                        400),
                Arguments.of("truncated escape", "GET /v1/scan%2 HTTP/1.1\r\n" + host + "\r\n", 400),
                Arguments.of("encoded NUL", "GET /v1/a%00" + MARKER + " HTTP/1.1\r\n" + host + "\r\n", 400),
                Arguments.of("encoded traversal", "GET /v1/..%2f..%2f" + MARKER + " HTTP/1.1\r\n" + host + "\r\n",
                        400),
                Arguments.of("control character in the path", "GET /v1/\u0001" + MARKER + " HTTP/1.1\r\n" + host
                        + "\r\n", 400),
                Arguments.of("no request line", MARKER + "\r\n\r\n", 400),
                Arguments.of("header without colon", "GET /v1/traces HTTP/1.1\r\n" + host + MARKER + " header\r\n"
                        + "\r\n", 400),
                Arguments.of("no Host in HTTP/1.1", "GET /v1/scan HTTP/1.1\r\n\r\n", 400),
                Arguments.of("bad Content-Length", "POST /v1/scan HTTP/1.1\r\n" + host + "Content-Length: "
                        + MARKER + "\r\n\r\n", 400),
                Arguments.of("Content-Length and chunked", "POST /v1/scan HTTP/1.1\r\n" + host
                        + "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n", 400),
                Arguments.of("URI too long", "GET /" + MARKER + "a".repeat(20_000) + " HTTP/1.1\r\n" + host + "\r\n",
                        414),
                Arguments.of("headers too large", "GET /v1/scan HTTP/1.1\r\n" + host + "X-Big: " + MARKER
                        + "b".repeat(20_000) + "\r\n\r\n", 431),
                Arguments.of("many headers too large", "GET /v1/scan HTTP/1.1\r\n" + host
                        + ("X-" + MARKER + ": " + "c".repeat(100) + "\r\n").repeat(200) + "\r\n", 431),
                Arguments.of("unknown HTTP version", "GET /v1/scan HTTP/9.9\r\n" + host + "\r\n", 505),
                Arguments.of("unknown path", "GET /" + MARKER + " HTTP/1.1\r\n" + host + "\r\n", 404),
                Arguments.of("unknown path with a key", "GET /v1/" + MARKER + " HTTP/1.1\r\n" + host
                        + "Authorization: Bearer iv_live_" + MARKER + "0123456789abcdef\r\n\r\n", 404),
                Arguments.of("wrong method", "DELETE /v1/scan HTTP/1.1\r\n" + host + "\r\n", 405),
                Arguments.of("TRACE", "TRACE /v1/scan HTTP/1.1\r\n" + host + "\r\n", 405),
                Arguments.of("TRACE of an unknown path", "TRACE /" + MARKER + " HTTP/1.1\r\n" + host + "\r\n", 405),
                Arguments.of("unknown method", "FOO /v1/scan HTTP/1.1\r\n" + host + "\r\n", 405),
                Arguments.of("CONNECT to a host", "CONNECT gateway:443 HTTP/1.1\r\n" + host + "\r\n", 405),
                Arguments.of("OPTIONS of the server", "OPTIONS * HTTP/1.1\r\n" + host + "\r\n", 404),
                Arguments.of("HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 426),
                Arguments.of("no acceptable media type", "POST /v1/scan HTTP/1.1\r\n" + host
                        + "Accept: text/html\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}", 406),
                Arguments.of("unknown expectation", "POST /v1/scan HTTP/1.1\r\n" + host + "Expect: " + MARKER
                        + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}", 417));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void isAnsweredWithTheUniformJsonErrorBody(String name, String request, int status) throws IOException {
        GatewayHarness gateway = SharedGateways.on("h2");

        RawHttp.Answer answer = RawHttp.send(gateway.baseUrl(), request);

        assertThat(answer.status()).as(answer.head()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(answer.head()).startsWith("application/json");
        JsonNode body = GatewayHarness.JSON.readTree(answer.body());
        assertThat(body.path("code").asText())
                .isIn("VALIDATION_FAILED", "NOT_FOUND", "UNAUTHORIZED", "METHOD_NOT_ALLOWED");
        assertThat(body.path("message").asText()).isNotBlank();
        assertThat(body.path("details").isArray()).isTrue();
        assertThat(answer.body()).doesNotContainIgnoringCase("<html").doesNotContain("Exception")
                .doesNotContain("at org.").doesNotContain("at java.").doesNotContain(MARKER);
    }

    static Stream<Arguments> answersAboutAHeader() {
        String key = SharedGateways.on("h2").bootstrapKey();
        String post = "POST /v1/scan HTTP/1.1\r\nHost: gateway\r\nAuthorization: Bearer " + key + "\r\n";
        String json = "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
        return Stream.of(
                Arguments.of(post + "Accept: text/html\r\n" + json, 406, "Accept"),
                Arguments.of(post + "Expect: something\r\n" + json, 417, "Expect"),
                Arguments.of("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 426, "http_version"));
    }

    /** An answer about one header or the HTTP version names it, with what it must be. */
    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("answersAboutAHeader")
    void anAnswerAboutAHeaderNamesIt(String request, int status, String field) throws IOException {
        GatewayHarness gateway = SharedGateways.on("h2");

        RawHttp.Answer answer = RawHttp.send(gateway.baseUrl(), request);

        assertThat(answer.status()).as(answer.head()).isEqualTo(status);
        JsonNode body = GatewayHarness.JSON.readTree(answer.body());
        assertThat(body.path("details").path(0).path("field").asText()).as(answer.body()).isEqualTo(field);
        assertThat(body.path("details").path(0).path("problem").asText()).isNotBlank();
    }

    /** The admin connector (loopback only) answers with an error JSON body too, whatever the method; never HTML. */
    @ParameterizedTest(name = "admin connector: {0}")
    @MethodSource("malformedRequests")
    void theAdminConnectorNeverAnswersAnErrorPage(String name, String request, int status) throws IOException {
        GatewayHarness gateway = SharedGateways.on("h2");

        RawHttp.Answer answer = RawHttp.send(gateway.adminUrl(), request);

        assertThat(answer.status()).as(answer.head()).isGreaterThanOrEqualTo(400);
        assertThat(answer.header("Content-Type")).as(answer.head()).startsWith("application/json");
        assertThat(GatewayHarness.JSON.readTree(answer.body()).path("code").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContainIgnoringCase("<html").doesNotContain("Exception")
                .doesNotContain(MARKER);
    }
}
