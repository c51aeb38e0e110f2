package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A token written backwards, in ROT13 or both, as a model asked to hide it writes it, is found through the whole
 * pipeline and redacted whole; none of it is forwarded.
 */
class TokensWrittenBackwardsTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "48zHI2Ag6Ds1Jh7Fv4Cm9Zx3wLt5Nqk2Yb8R_phg", "tuc_E8oL2xdA5gYj3kM9zP4iS7uW1fQ6tN2VUm84",
            "48mUV2Nt6Qf1Wu7Si4Pz9Mk3jYg5Adx2Lo8E_cut",
    })
    void theTokenIsRedactedWhole(String written) {
        ScanOutcome outcome = BuiltinPipeline.get().scan(CallInputs.noteWithText("deploy with " + written + " today"));

        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        assertThat(outcome.sanitized().body().get("text").asText())
                .isEqualTo("deploy with [REDACTED:GITHUB_TOKEN] today");
    }
}
