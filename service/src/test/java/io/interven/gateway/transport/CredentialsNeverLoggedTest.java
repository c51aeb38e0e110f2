package io.interven.gateway.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.RawHttp;
import io.interven.gateway.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * No log level writes an {@code Authorization} value or an API key: a gateway logging at DEBUG, with Jetty and
 * Jersey at TRACE, into a file (and a request log into another), serves authenticated requests (valid, unknown and malformed keys, keys in scanned
 * headers, a key in an error) and its log never holds a key, while it does show that headers were logged (masked).
 */
class CredentialsNeverLoggedTest {
    static final String UNKNOWN_KEY = "iv_live_unknownKeyUnknownKeyUnknownKey0123";
    static final String UPSTREAM_TOKEN = "upstreamBearerValue7Qx2Lm9Pz4Kw8Rt1";
    static final String BASIC = "dXBzdHJlYW0tdXNlcjpzM2NyM3QtcGFzc3dvcmQ=";
    static final String CALLER_TOKEN = "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";
    static final String CALLER_PASSWORD = "Tr0ub4dor-and-3";

    /** test-config.yml with verbose logging, and its request log written to {@code requestLog}. */
    static Path verboseConfig(Path requestLog) throws IOException {
        Path file = Path.of("target", "test-logs", "verbose-logging.yml").toAbsolutePath();
        Files.createDirectories(file.getParent());
        String config = Files.readString(Path.of("src", "test", "resources", "test-config.yml"));
        String withRequestLog = config.replace("  requestLog:\n    appenders: []\n", """
                  requestLog:
                    appenders:
                      - type: file
                        currentLogFilename: %s
                        archive: false
                """.formatted(requestLog));
        if (withRequestLog.equals(config)) {
            throw new IllegalStateException("test-config.yml no longer has an empty request log to replace");
        }
        int logging = withRequestLog.indexOf("logging:");
        Files.writeString(file, withRequestLog.substring(0, logging) + """
                logging:
                  level: DEBUG
                  loggers:
                    org.eclipse.jetty: TRACE
                    org.glassfish.jersey: TRACE
                    io.interven: TRACE
                    org.pf4j: INFO
                  appenders:
                    - type: file
                      currentLogFilename: target/test-logs/unused.log
                      archive: false
                      logFormat: "%-5level [%d{ISO8601}] %logger: %msg %mdc%n%ex"
                """);
        return file;
    }

    @Test
    void keysAndAuthorizationValuesNeverReachTheLogAtAnyLevel() throws IOException {
        Path requestLog = Path.of("target", "test-logs", "requests-" + UUID.randomUUID() + ".log").toAbsolutePath();
        GatewayHarness gateway = GatewayHarness.on(TestDatabase.fresh("h2")).configFile(verboseConfig(requestLog))
                .start();
        String key = gateway.bootstrapKey();
        try {
            HttpResult scan = gateway.post("/v1/scan", key, Map.of("method", "POST",
                    "url", "https://api.example.org/v1/items",
                    "headers", Map.of("Authorization", "Bearer " + UPSTREAM_TOKEN, "Proxy-Authorization",
                            "Basic " + BASIC, "X-Api-Key", key),
                    "body", Map.of("text", "hello", "key", key)));
            assertThat(scan.status()).as(scan.text()).isEqualTo(200);
            assertThat(gateway.get("/v1/traces?limit=5", key).status()).isEqualTo(200);
            assertThat(gateway.get("/v1/traces?limit=5", UNKNOWN_KEY).status()).isEqualTo(401);
            assertThat(gateway.get("/v1/no-such-path?key=" + key, key).status()).isEqualTo(404);
            RawHttp.send(gateway.baseUrl(), "GET /v1/%zz HTTP/1.1\r\nHost: gateway\r\nAuthorization: Bearer " + key
                    + "\r\n\r\n");
            RawHttp.send(gateway.baseUrl(), "GET /v1/traces HTTP/1.1\r\nHost: gateway\r\nAuthorization: Basic "
                    + BASIC + "\r\nX-Big: " + "b".repeat(10_000) + "\r\n\r\n");
            // a proxied call's target and headers are the caller's: a secret can stand in its query, its path, its
            // Referer or its User-Agent
            RawHttp.send(gateway.baseUrl(), "GET /inbound/github/repos/" + CALLER_TOKEN + "/issues?token="
                    + CALLER_TOKEN + "&password=" + CALLER_PASSWORD + " HTTP/1.1\r\nHost: gateway\r\nReferer: "
                    + "https://app.example.com/cb?code=" + CALLER_PASSWORD + "\r\nUser-Agent: agent/1.0 "
                    + CALLER_TOKEN + "\r\n\r\n");
        } finally {
            gateway.close();
        }
        String log = gateway.log();
        String requests = Files.readString(requestLog);

        assertThat(log.length()).as("the verbose log was written").isGreaterThan(10_000);
        for (String secret : List.of(key, key.substring("iv_live_".length()), UNKNOWN_KEY, UPSTREAM_TOKEN, BASIC,
                CALLER_TOKEN, CALLER_PASSWORD)) {
            assertThat(log).as("the log holds a credential").doesNotContain(secret);
            assertThat(requests).as("the request log holds a credential").doesNotContain(secret);
        }
        assertThat(requests).as("the request log was written, masked").contains("\"GET /v1/no-such-path?*** HTTP/1.1\"")
                .contains("\"GET /inbound/github/repos/***/issues?*** HTTP/1.1\"");
        assertThat(log).as("headers were logged, masked").containsIgnoringCase("authorization: ***");
        String keyRandom = key.substring("iv_live_test".length());
        for (int i = 0; i + 12 <= keyRandom.length(); i++) {
            String fragment = keyRandom.substring(i, i + 12);
            assertThat(log).as("a 12-character fragment of the key").doesNotContain(fragment);
            assertThat(requests).as("a 12-character fragment of the key").doesNotContain(fragment);
        }
    }
}
