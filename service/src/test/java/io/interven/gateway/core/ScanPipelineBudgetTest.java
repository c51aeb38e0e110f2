package io.interven.gateway.core;

import static io.interven.gateway.core.CallInputs.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.config.RiskConfiguration;
import io.interven.gateway.policy.BuiltinDefaultPolicy;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.GatewayReasonCodes;
import io.interven.gateway.policy.PolicyEngine;
import io.interven.gateway.policy.PolicySource;
import io.interven.spi.Detector;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A scan past its time budget fails closed instead of running on: checked between stages and between chunks of
 * fields during detection. Time is a hand-driven clock that the fake detector advances, so nothing here depends on
 * how fast the machine is.
 */
class ScanPipelineBudgetTest {
    private static final Duration BUDGET = Duration.ofSeconds(2);

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger fieldsScanned = new AtomicInteger();

    /** A detector that finds nothing and costs {@code perField} of the clock for every field. */
    private Detector costing(Duration perField) {
        return FakePlugins.detector("slow", field -> {
            fieldsScanned.incrementAndGet();
            nanos.addAndGet(perField.toNanos());
            return List.of();
        });
    }

    private ScanPipeline pipeline(Detector detector) {
        return new ScanPipeline(new ToolIdentifier(List.of()), new DetectorRunner(List.of(detector)),
                new SignalRunner(List.of()), new RiskScorer(new RiskConfiguration()),
                new PolicyEngine(BuiltinDefaultPolicy.create()), PolicySource.NONE, new Sanitizer(), BUDGET,
                nanos::get);
    }

    /** A benign body of {@code n} string fields. */
    private static CallInput callWithFields(int n) {
        StringBuilder body = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            body.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"v").append(i).append('"');
        }
        return call("POST", "https://hooks.slack.com/services/T/B/x", Map.of(), body.append('}').toString());
    }

    @Test
    void aScanWithinItsBudgetIsDecidedAsUsual() {
        ScanOutcome outcome = pipeline(costing(Duration.ofMillis(1))).scan(callWithFields(10));

        assertThat(outcome.decision()).isEqualTo(Decision.ALLOW);
        assertThat(outcome.failure()).isNull();
    }

    @Test
    void aScanThatOverrunsItsBudgetIsDeniedAsAPipelineFailure() {
        ScanOutcome outcome = pipeline(costing(Duration.ofSeconds(3))).scan(callWithFields(1));

        assertThat(outcome.decision()).isEqualTo(Decision.DENY);
        assertThat(outcome.reasonCodes()).containsExactly(GatewayReasonCodes.PIPELINE_FAILURE);
        assertThat(outcome.failure()).isEqualTo(ScanDeadline.COMPONENT);
    }

    @Test
    void detectionStopsAtTheFirstChunkOfFieldsPastTheBudget() {
        int fields = ScanPipeline.DETECTION_CHUNK * 8;

        ScanOutcome outcome = pipeline(costing(Duration.ofMillis(10))).scan(callWithFields(fields));

        assertThat(outcome.decision()).isEqualTo(Decision.DENY);
        assertThat(outcome.failure()).isEqualTo(ScanDeadline.COMPONENT);
        assertThat(fieldsScanned.get()).as("fields scanned before the scan was stopped")
                .isLessThanOrEqualTo(ScanPipeline.DETECTION_CHUNK).isLessThan(fields);
    }

    @Test
    void detectionStopsAfterTheFirstLargeFieldPastTheBudget() {
        String large = "x".repeat(DetectorRunner.LARGE_FIELD_CHARS);
        StringBuilder body = new StringBuilder("{");
        for (int i = 0; i < 10; i++) {
            body.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"").append(large).append('"');
        }
        CallInput input = call("POST", "https://hooks.slack.com/services/T/B/x", Map.of(), body.append('}').toString());

        AtomicInteger largeScanned = new AtomicInteger();
        Detector slowOnLarge = FakePlugins.detector("slow", field -> {
            if (field.text().length() >= DetectorRunner.LARGE_FIELD_CHARS) {
                largeScanned.incrementAndGet();
                nanos.addAndGet(Duration.ofSeconds(3).toNanos());
            }
            return List.of();
        });

        ScanOutcome outcome = pipeline(slowOnLarge).scan(input);

        assertThat(outcome.failure()).isEqualTo(ScanDeadline.COMPONENT);
        assertThat(largeScanned.get()).as("large fields scanned before the scan was stopped").isEqualTo(1);
    }

    @Test
    void theBudgetHoldsOnlyForItsOwnScan() {
        pipeline(costing(Duration.ofSeconds(3))).scan(callWithFields(1));

        ScanDeadline.checkpoint();
        ScanOutcome next = pipeline(costing(Duration.ZERO)).scan(callWithFields(3));

        assertThat(next.decision()).isEqualTo(Decision.ALLOW);
    }
}
