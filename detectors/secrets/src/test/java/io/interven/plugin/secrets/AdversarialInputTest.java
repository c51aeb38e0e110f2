package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.interven.spi.FieldLocation;
import io.interven.spi.ScanField;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies of the maximum size (256 KiB) built to make regular expressions backtrack: each must be scanned in well
 * under the time limit (they take tens of milliseconds; a quadratic rule takes many seconds).
 */
class AdversarialInputTest {
    private static final SecretsDetector DETECTOR = new SecretsDetector();
    private static final int SIZE = 256 * 1024;

    @ParameterizedTest
    @ValueSource(strings = {"-----BEGIN PRIVATE KEY----- ", "-----BEGIN RSA PRIVATE KEY-----\nQUJD", "eyJhbGciOi.",
            "password=abc; ", "key:", "https://user:", "Basic QUJD", "a", "AKIA", "sk-proj-", "x@", "aws_secret = "})
    void repeatedFragmentsAreScannedInLinearTime(String fragment) {
        String text = fragment.repeat(SIZE / fragment.length());
        ScanField field = new ScanField("$.text", FieldLocation.BODY, "text", text);

        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> assertThat(DETECTOR.detect(field)).isNotNull());
    }
}
