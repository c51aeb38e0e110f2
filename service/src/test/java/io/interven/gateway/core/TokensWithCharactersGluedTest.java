package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.spi.FieldLocation;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A provider token with characters glued after it ({@code AKIA...WPNJx}, a key run into the next word) is found
 * through the whole pipeline, in the body (not forwarded), the query and a header; runs that only start like a token
 * are no finding.
 */
class TokensWithCharactersGluedTest {

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource({
            "AKIAZ3MXQ7R4TLK2WPNJ, x", "AKIAZ3MXQ7R4TLK2WPNJ, 7", "AKIAZ3MXQ7R4TLK2WPNJ, and",
            "AIzaSyD4kT9mXq2LpW7vN3bR8cF5hJ1yZ6aE0gU, x", "AIzaSyD4kT9mXq2LpW7vN3bR8cF5hJ1yZ6aE0gU, _please",
            "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, x", "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, 2024",
            "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, x",
            "EAAA6Hmc7pCsOPobd_4Bj8aUNjzMUu9ypzjK7oBs5REcrB8Y5-wzLt9vXcmy22ot, -prod",
    })
    void aTokenWithCharactersGluedAfterItIsFoundAndNotForwarded(String token, String glued) {
        String run = token + glued;
        ScanOutcome inBody = BuiltinPipeline.get().scan(CallInputs.noteWithText("deploy with " + run + " today"));
        assertThat(inBody.decision()).isNotEqualTo(Decision.ALLOW);
        assertThat(inBody.sanitized().body().get("text").asText()).doesNotContain(token).startsWith("deploy with ");

        ScanOutcome inQuery = BuiltinPipeline.get().scan(CallInputs.call("GET",
                "https://notes.example-corp.com/v1/notes?key=" + run, Map.of(), null));
        assertThat(inQuery.decision()).isNotEqualTo(Decision.ALLOW);
        assertThat(inQuery.findings()).anySatisfy(f -> {
            assertThat(f.dataClass()).isEqualTo("SECRETS");
            assertThat(f.location()).isEqualTo(FieldLocation.QUERY);
        });

        ScanOutcome inHeader = BuiltinPipeline.get().scan(CallInputs.call("POST",
                "https://notes.example-corp.com/v1/notes", Map.of("X-Api-Key", run), "{\"text\":\"hi\"}"));
        assertThat(inHeader.decision()).isNotEqualTo(Decision.ALLOW);
        assertThat(inHeader.findings()).anySatisfy(f -> {
            assertThat(f.dataClass()).isEqualTo("SECRETS");
            assertThat(f.location()).isEqualTo(FieldLocation.HEADER);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the blob xEAAA6Hmc7pCsOPobd4Bj8aUNjzMUu9ypzjK7oBs5REcrB8Y5wzLt9vXcmy22ot7 ends here",
            "the ASIAPACIFICREGIONALHEADQUARTERS team and ACCACCOUNTINGSTANDARDSBOARD",
            "AKIA is the prefix of an access key id, as in AKIAEXAMPLEKEYIDEXAMPLEnot",
            "see the hf_hub_download_with_retries_and_backoff helper",
    })
    void aRunThatOnlyStartsLikeATokenIsNoFinding(String text) {
        ScanOutcome outcome = BuiltinPipeline.get().scan(CallInputs.noteWithText(text));

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.decision()).isEqualTo(Decision.ALLOW);
    }
}
