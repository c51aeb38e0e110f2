package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A checksummed token cut by white space (a space, a line break, a tab) is found through the whole pipeline and its
 * pieces, cuts included, are redacted together: none of them is forwarded.
 */
class TokensCutByWhiteSpaceTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "ghp_R8bY2kqN5 tLw3xZ9mC4vF7hJ1sD6gA2IHz84", "ghp_R8bY2kqN5tLw3xZ9\nmC4vF7hJ1sD6gA2IHz84",
            "ghp_R8bY 2kqN5 tLw3xZ9mC4vF7hJ1sD6gA2 IHz84",
    })
    void theWholeCutTokenIsRedacted(String written) {
        ScanOutcome outcome = BuiltinPipeline.get().scan(CallInputs.noteWithText("deploy with " + written + " today"));

        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        assertThat(outcome.sanitized().body().get("text").asText())
                .isEqualTo("deploy with [REDACTED:GITHUB_TOKEN] today");
    }
}
