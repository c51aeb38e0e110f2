package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.spi.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A short value encoded inside prose, shorter than the runs read as encodings by length alone: an SSN is 16
 * characters of base64 and 22 of hex. Shaped like an encoding (padding, whole groups mixing cases and digits, hex
 * with digits and letters), it is decoded and found; words and identifiers of that length are not findings.
 */
class ShortEncodedValuesInProseTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the applicant is NTM2LTIyLTg3MTQ= please file it | US_SSN",
            "ssn in hex 3533362d32322d38373134 for the record | US_SSN",
            "NTM2LTIyLTg3MTQ= | US_SSN",
            "see (NTM2LTIyLTg3MTQ=) attached | US_SSN",
    })
    void theEncodedValueIsFoundAndNotForwarded(String text, String entityType) {
        ScanOutcome outcome = scan(text);

        assertThat(outcome.findings()).extracting(Finding::entityType).contains(entityType);
        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        String forwarded = outcome.sanitized().body().get("text").asText();
        assertThat(forwarded).doesNotContain("NTM2LTIyLTg3MTQ").doesNotContain("3533362d32322d38373134");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "call getUserById2024X then retry", "build deadbeefcafe1234 passed", "ticket ABCD1234efgh5678 closed",
            "the internationalization work", "commit 9fceb02d0ae598e95dc970b74767f19372d61af8 merged",
            "Authorization header is Basic-only here", "value QUJDREVGR0hJSktM is a test string",
    })
    void wordsAndIdentifiersOfThatLengthAreNoFindings(String text) {
        ScanOutcome outcome = scan(text);

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.decision()).isEqualTo(Decision.ALLOW);
    }

    private static ScanOutcome scan(String text) {
        return BuiltinPipeline.get().scan(CallInputs.noteWithText(text));
    }
}
