package io.interven.gateway.core;

import static io.interven.gateway.core.CallInputs.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.RiskBand;
import io.interven.spi.DataClasses;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever a plugin component does wrong, the pipeline answers DENY with PIPELINE_FAILURE, never ALLOW. */
class ScanPipelineFailClosedTest {
    static final String LEAKY = "secret sk_live_q7x9k2m4p8w1 in message";
    static final CallInput BENIGN = call("POST", "https://hooks.slack.com/services/T/B/x", Map.of(),
            "{\"text\": \"hello\"}");

    static Stream<Arguments> brokenComponents() {
        return Stream.of(
                broken("a detector that throws", "detector boom", PipelineFixture.withDetectors(
                        FakePlugins.detector("boom", field -> {
                            throw new IllegalStateException(LEAKY);
                        }))),
                broken("a detector missing a class", "detector linkage", PipelineFixture.withDetectors(
                        FakePlugins.detector("linkage", field -> {
                            throw new NoClassDefFoundError("com/acme/Missing");
                        }))),
                broken("a detector answering null", "detector null", PipelineFixture.withDetectors(
                        FakePlugins.detector("null", field -> null))),
                broken("a detector reporting another field", "detector elsewhere", PipelineFixture.withDetectors(
                        FakePlugins.detector("elsewhere", field -> List.of(new ScanField("$.other",
                                field.location(), null, "x").finding("X", DataClasses.PII, 0, 1, 1.0, "r"))))),
                broken("a detector reporting past the end of its field", "detector overrun",
                        PipelineFixture.withDetectors(
                                FakePlugins.detector("overrun", ScanPipelineFailClosedTest::pastEnd))),
                broken("a signal that throws", "signal boom", PipelineFixture.withSignals(
                        FakePlugins.signal("boom", context -> {
                            throw new IllegalArgumentException(LEAKY);
                        }))),
                broken("a recognizer that throws", "tool recognizer boom", PipelineFixture.withRecognizers(
                        FakePlugins.recognizer("boom", c -> {
                            throw new UnsupportedOperationException(LEAKY);
                        }))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenComponents")
    void aBrokenComponentDeniesTheCallNamingTheComponentOnly(ScanPipeline pipeline, String component) {
        ScanOutcome outcome = pipeline.scan(BENIGN);

        assertThat(outcome.decision()).isEqualTo(Decision.DENY);
        assertThat(outcome.reasonCodes()).containsExactly(ScanPipeline.PIPELINE_FAILURE);
        assertThat(outcome.risk().band()).isEqualTo(RiskBand.CRITICAL);
        assertThat(outcome.failure()).isEqualTo(component);
        assertThat(outcome.verdict()).isNull();
        assertThat(outcome.sanitized()).isNull();
        assertThat(outcome.toString()).doesNotContain("sk_live_q7x9k2m4p8w1");
    }

    @Test
    void theSameCallWithWorkingComponentsIsAllowed() {
        ScanOutcome outcome = PipelineFixture.withDetectors(FakePlugins.detector("quiet", field -> List.of()))
                .scan(BENIGN);

        assertThat(outcome.decision()).isEqualTo(Decision.ALLOW);
        assertThat(outcome.failure()).isNull();
    }

    @Test
    void aSignalAnsweringNullIsTreatedAsNotFired() {
        ScanOutcome outcome = PipelineFixture.withSignals(FakePlugins.signal("null", context -> null)).scan(BENIGN);

        assertThat(outcome.decision()).isEqualTo(Decision.ALLOW);
        assertThat(outcome.signals()).isEmpty();
    }

    @Test
    void aRecognizerAnsweringEmptyLeavesTheCallUnknown() {
        ScanOutcome outcome = PipelineFixture.withRecognizers(FakePlugins.recognizer("none", c -> Optional.empty()))
                .scan(BENIGN);

        assertThat(outcome.tool().toolName()).isEqualTo(ToolIdentifier.UNKNOWN_TOOL);
        assertThat(outcome.tool().operation()).isEqualTo("http_post");
    }

    private static List<Finding> pastEnd(ScanField field) {
        return List.of(new Finding("X", DataClasses.PII, field.path(), field.location(), 0, field.text().length() + 1,
                1.0, "r", null));
    }

    private static Arguments broken(String what, String component, ScanPipeline pipeline) {
        return Arguments.of(Named.of(what, pipeline), component);
    }
}
