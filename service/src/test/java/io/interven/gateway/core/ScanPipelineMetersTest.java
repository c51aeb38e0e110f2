package io.interven.gateway.core;

import static io.interven.gateway.core.CallInputs.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.config.RiskConfiguration;
import io.interven.gateway.policy.BuiltinDefaultPolicy;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.PolicyEngine;
import io.interven.gateway.policy.PolicySource;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The pipeline times every stage and every detector, and a failing meter never changes its answer. */
class ScanPipelineMetersTest {
    private static final CallInput TOKEN = call("POST", "https://api.example.org/notes", Map.of(),
            "{\"note\": \"use tok_a1b2c3d4 for it\"}");

    /** Counts each timer's records by its name. */
    private static final class CountingMeters implements ScanMeters {
        final Map<String, AtomicInteger> records = new ConcurrentHashMap<>();

        private StageTimer timer(String name) {
            records.putIfAbsent(name, new AtomicInteger());
            return nanos -> {
                assertThat(nanos).isNotNegative();
                records.get(name).incrementAndGet();
            };
        }

        @Override
        public StageTimer stage(ScanStage stage) {
            return timer(stage.label());
        }

        @Override
        public StageTimer detector(String detectorId) {
            return timer("detector " + detectorId);
        }

        @Override
        public void decided(Decision decision, String toolName) {
        }

        int count(String name) {
            return records.getOrDefault(name, new AtomicInteger()).get();
        }
    }

    /** Meters that throw wherever they can. */
    private static final class BrokenMeters implements ScanMeters {
        @Override
        public StageTimer stage(ScanStage stage) {
            return nanos -> {
                throw new IllegalStateException("broken timer");
            };
        }

        @Override
        public StageTimer detector(String detectorId) {
            throw new IllegalStateException("broken registry");
        }

        @Override
        public void decided(Decision decision, String toolName) {
            throw new IllegalStateException("broken counter");
        }
    }

    private static ScanPipeline pipeline(ScanMeters meters) {
        return new ScanPipeline(new ToolIdentifier(List.of()),
                new DetectorRunner(List.of(FakePlugins.issuedTokenDetector()), CredentialPair.BUILT_IN, meters),
                new SignalRunner(List.of()), new RiskScorer(new RiskConfiguration()),
                new PolicyEngine(BuiltinDefaultPolicy.create()), PolicySource.NONE, new Sanitizer(),
                ScanDeadline.UNBOUNDED, System::nanoTime, meters);
    }

    @Test
    void eachPipelineStageAndEachDetectorIsTimedOncePerScan() {
        CountingMeters meters = new CountingMeters();
        ScanPipeline pipeline = pipeline(meters);

        pipeline.scan(TOKEN);
        pipeline.scan(ScanPipelineFailClosedTest.BENIGN);

        Set<ScanStage> inPipeline = EnumSet.of(ScanStage.TOOL, ScanStage.DECODE, ScanStage.DETECT, ScanStage.SIGNALS,
                ScanStage.POLICY, ScanStage.SANITIZE, ScanStage.DISCLOSE);
        for (ScanStage stage : ScanStage.values()) {
            assertThat(meters.count(stage.label())).as(stage.label())
                    .isEqualTo(inPipeline.contains(stage) ? 2 : 0);
        }
        assertThat(meters.count("detector " + FakePlugins.issuedTokenDetector().id())).isEqualTo(2);
    }

    @Test
    void aFailingMeterChangesNoAnswer() {
        ScanPipeline measured = pipeline(new BrokenMeters());
        ScanPipeline unmeasured = pipeline(ScanMeters.NONE);

        for (CallInput input : List.of(TOKEN, ScanPipelineFailClosedTest.BENIGN)) {
            ScanOutcome expected = unmeasured.scan(input);
            ScanOutcome actual = measured.scan(input);
            assertThat(actual.decision()).isEqualTo(expected.decision());
            assertThat(actual.reasonCodes()).isEqualTo(expected.reasonCodes());
            assertThat(actual.findings()).hasSameSizeAs(expected.findings());
        }
        assertThat(unmeasured.scan(TOKEN).decision()).as("the token is found").isNotEqualTo(Decision.ALLOW);
    }
}
