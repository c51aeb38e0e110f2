package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.spi.Finding;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A value that is a list of byte values ({@code list(b"…")}, a {@code Uint8Array}) is read as the text its bytes
 * spell, and written back as the list of the redacted text's bytes; lists of numbers that spell no text stay numbers.
 */
class ByteListValuesTest {
    private static final String TOKEN = "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";

    @ParameterizedTest
    @ValueSource(strings = {", ", ","})
    void aTokenAsAListOfBytesIsFoundAndWrittenBackAsAList(String separator) {
        String list = bytesOf("key " + TOKEN, separator);

        ScanOutcome outcome = BuiltinPipeline.get().scan(CallInputs.noteWithText(list));

        assertThat(outcome.findings()).extracting(Finding::entityType).contains("GITHUB_TOKEN");
        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        assertThat(outcome.sanitized().body().get("text").asText())
                .isEqualTo(bytesOf("key [REDACTED:GITHUB_TOKEN]", separator));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]", "[200, 201, 202, 203, 204, 205, 206, 207, 208]",
        "[49, 50, 51, 52, 53, 54, 55, 56, 57]", "[100, 200, 300, 400, 500, 600, 700, 800]",
        "[72, 101, 108, 108, 111, 44, 32, 119, 111, 114, 108, 100]"})
    void listsOfNumbersThatSpellNoSecretAreNoFinding(String list) {
        ScanOutcome outcome = BuiltinPipeline.get().scan(CallInputs.noteWithText(list));

        assertThat(outcome.findings()).isEmpty();
    }

    private static String bytesOf(String text, String separator) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < bytes.length; i++) {
            out.append(i > 0 ? separator : "").append(bytes[i] & 0xff);
        }
        return out.append(']').toString();
    }
}
