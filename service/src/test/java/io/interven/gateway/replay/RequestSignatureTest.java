package io.interven.gateway.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.auth.ApiKeyFormat;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The worked example of the root README (Signed requests), computed independently (openssl), and the signed text's
 * layout.
 */
class RequestSignatureTest {
    static final String KEY = "iv_live_0123456789abcdefghijklmnopqrstuv";
    static final String BODY = "{\"method\":\"POST\",\"url\":\"https://hooks.slack.com/services/T1/B1/x\","
            + "\"body\":{\"text\":\"hello\"}}";

    @Test
    void theReadmeExampleSignsToTheDocumentedValue() {
        String keyHash = ApiKeyFormat.hash(KEY);

        assertThat(keyHash).isEqualTo("16a7a14a2e2360cfb6bbf8c28c9e190dc5a842c2066cddcfef23a5c29a964cf5");
        assertThat(RequestSignature.v1(keyHash, 1_767_225_600L, "5f0c7a2e8d1b4c3e9a6f2b7d1e0c4a98", "POST",
                "/v1/scan", BODY.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("709c5b393230a1466c648c01a6b4f85aa423840bc8fdb6e63dbdd2802ffb97de");
    }

    @Test
    void theSignedTextIsTimestampNonceMethodTargetAndBodyHashOnePerLine() {
        assertThat(RequestSignature.canonical(1_767_225_600L, "n0nce-123", "get", "/v1/traces?limit=5", new byte[0]))
                .isEqualTo("1767225600\nn0nce-123\nGET\n/v1/traces?limit=5\n"
                        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void aPresentedSignatureMatchesInEitherCaseAndOnlyWhenEqual() {
        String expected = "709c5b393230a1466c648c01a6b4f85aa423840bc8fdb6e63dbdd2802ffb97de";

        assertThat(RequestSignature.matches(expected, expected.toUpperCase())).isTrue();
        assertThat(RequestSignature.matches(expected, "00")).isFalse();
        assertThat(RequestSignature.matches(expected, expected.substring(0, 63) + "f")).isFalse();
    }
}
