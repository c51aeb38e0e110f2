package io.interven.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestLineMaskTest {
    private static final String TOKEN = "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";

    private static String line(String target, String referer, String agent) {
        return "127.0.0.1 - - [07/Dec/2026:10:21:07 +0000] \"GET " + target + " HTTP/1.1\" 403 958 \"" + referer
                + "\" \"" + agent + "\" 12\n";
    }

    @Test
    void theRouteStatusAndTimeStayReadable() {
        String line = line("/v1/traces/3f2a9c1b-0d4e-4f6a-9b8c-7d6e5f4a3b2c", "-", "curl/7.88.1");
        assertThat(RequestLineMask.mask(line)).isEqualTo(line);
        String admin = line("/v1/admin/inbound-routes/42", "-", "python-httpx/0.27.0");
        assertThat(RequestLineMask.mask(admin)).isEqualTo(admin);
        String browser = line("/v1/policies/by-name/block-secrets", "-",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36");
        assertThat(RequestLineMask.mask(browser)).isEqualTo(browser);
    }

    @Test
    void aQueryIsNeverLogged() {
        String masked = RequestLineMask.mask(line("/inbound/leak/x?token=" + TOKEN + "&password=hunter2", "-", "-"));
        assertThat(masked).contains("\"GET /inbound/leak/x?*** HTTP/1.1\" 403 958").doesNotContain("hunter2")
                .doesNotContain("token=");
    }

    @ParameterizedTest
    @ValueSource(strings = {TOKEN, "q8Zx1Vb7Nm3Kp5Lr9Ty2Wc4H", "AKIAZ7QW3RT5YU2IOP4K", "4539148803436467",
            "a8f5f167f44f4964e6c998dee827110c", "x%20y", "user@example.com", "Xk9mP2qL7vR4", "123-45-6789",
            "4155550123"})
    void aPathSegmentThatIsNoPlainWordOrNumberIsMasked(String value) {
        String masked = RequestLineMask.mask(line("/inbound/github/repos/" + value + "/issues", "-", "-"));
        assertThat(masked).contains("\"GET /inbound/github/repos/***/issues HTTP/1.1\"").doesNotContain(value);
    }

    @Test
    void aRefererLosesItsQueryAndSecretSegmentsAndAnAgentItsTokens() {
        String masked = RequestLineMask.mask(line("/v1/scan", "https://app.example.com/cb/" + TOKEN + "?code=abc123",
                "my-agent/1.0 " + TOKEN));
        assertThat(masked).doesNotContain(TOKEN).doesNotContain("abc123")
                .contains("\"https://app.example.com/cb/***?***\"").contains("\"my-agent/1.0 ***\"");
    }

    @Test
    void everyRequestLineOfAnOutputIsMasked() {
        String two = line("/a?k=" + TOKEN, "-", "-") + line("/b/" + TOKEN, "-", "-");
        assertThat(RequestLineMask.mask(two)).doesNotContain(TOKEN).contains("/a?***").contains("/b/***");
    }

    /** Jetty's lines at DEBUG print a request's target and header values. */
    @Test
    void inTheApplicationLogQueriesAndLongTokensAreMasked() {
        String jetty = "DEBUG [2026-12-07 10:28:56,423] org.eclipse.jetty.http.HttpParser: HEADER:IN_VALUE --> "
                + "FIELD(Referer: https://app.example.com/cb?code=Tr0ub4dor-and-3) onRequest GET{u=http://gateway/"
                + "inbound/github/repos/" + TOKEN + "/issues?token=" + TOKEN + "&password=hunter2,h=2}";
        String masked = RequestLineMask.maskCallerValues(jetty);
        assertThat(masked).doesNotContain(TOKEN).doesNotContain("Tr0ub4dor").doesNotContain("hunter2")
                .contains("https://app.example.com/cb?***)").contains("/inbound/github/repos/***/issues?***,h=2}");
        String plain = "INFO  [2026-12-07 10:28:56,423] io.interven.gateway.inbound.AnswerReport: the answer to trace "
                + "3f2a9c1b-0d4e-4f6a-9b8c-7d6e5f4a3b2c was not classified (java.io.IOException) HttpConnection@6bda70ad";
        assertThat(RequestLineMask.maskCallerValues(plain)).isEqualTo(plain);
    }
}
