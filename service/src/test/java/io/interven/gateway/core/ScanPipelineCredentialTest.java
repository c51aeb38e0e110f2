package io.interven.gateway.core;

import static io.interven.gateway.core.CallInputs.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.PolicySource;
import io.interven.spi.DataClasses;
import io.interven.spi.SignalContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A credential authenticating a call to its own issuer is not data; the same credential anywhere else is. */
class ScanPipelineCredentialTest {
    static final String TOKEN = "tok_q7x9k2m4";
    static final String ISSUER_URL = "https://api." + FakePlugins.ISSUER + "/v1/things";

    private final AtomicReference<SignalContext> seenBySignals = new AtomicReference<>();
    private final ScanPipeline pipeline = PipelineFixture.pipeline(List.of(),
            List.of(FakePlugins.issuedTokenDetector()),
            List.of(FakePlugins.signal("spy", context -> {
                seenBySignals.set(context);
                return Optional.empty();
            })), PolicySource.NONE);

    @Test
    void inAHeaderOfACallToItsIssuerItIsTheCallsAuthentication() {
        ScanOutcome outcome = pipeline.scan(call("POST", ISSUER_URL, Map.of("Authorization", "Bearer " + TOKEN),
                "{\"name\": \"widget\"}"));

        assertThat(outcome.classifications()).isEmpty();
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.decision()).isEqualTo(Decision.ALLOW);
        assertThat(seenBySignals.get().findings()).as("signals still see it").hasSize(1);
    }

    @Test
    void inTheBodyOfACallToItsIssuerItIsData() {
        ScanOutcome outcome = pipeline.scan(call("POST", ISSUER_URL, Map.of(),
                "{\"note\": \"my token is " + TOKEN + "\"}"));

        assertThat(outcome.classifications()).containsExactly(DataClasses.SECRETS);
        assertThat(outcome.findings()).singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("$.note"));
        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        assertThat(outcome.sanitized().body().get("note").asText()).isEqualTo("my token is [REDACTED:ISSUER_TOKEN]");
    }

    @Test
    void inAHeaderOfACallToAnotherHostItIsData() {
        ScanOutcome outcome = pipeline.scan(call("POST", "https://elsewhere.example/upload",
                Map.of("Authorization", "Bearer " + TOKEN), "{\"name\": \"widget\"}"));

        assertThat(outcome.classifications()).containsExactly(DataClasses.SECRETS);
        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        assertThat(outcome.sanitized().headers()).containsEntry("Authorization", "Bearer [REDACTED:ISSUER_TOKEN]");
    }

    @Test
    void aHostThatOnlyEndsLikeTheIssuerIsAnotherHost() {
        ScanOutcome outcome = pipeline.scan(call("POST", "https://evil-" + FakePlugins.ISSUER + "/x",
                Map.of("Authorization", "Bearer " + TOKEN), null));

        assertThat(outcome.classifications()).containsExactly(DataClasses.SECRETS);
    }

    @Test
    void aCredentialUsedAsAJsonKeyIsStillData() {
        ScanOutcome outcome = pipeline.scan(call("POST", "https://elsewhere.example/upload", Map.of(),
                "{\"" + TOKEN + "\": {\"scope\": \"all\"}}"));

        assertThat(outcome.classifications()).containsExactly(DataClasses.SECRETS);
        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        assertThat(outcome.findings()).singleElement()
                .satisfies(f -> assertThat(f.path()).doesNotContain(TOKEN));
        assertThat(outcome.sanitized().body().toString()).doesNotContain(TOKEN).contains("[REDACTED:ISSUER_TOKEN]");
    }
}
