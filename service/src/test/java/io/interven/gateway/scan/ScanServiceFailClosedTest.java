package io.interven.gateway.scan;

import static io.interven.gateway.core.CallInputs.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.approval.ApprovalAnswer;
import io.interven.gateway.approval.ApprovalService;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.core.PipelineFixture;
import io.interven.gateway.core.ScanOutcome;
import io.interven.gateway.core.ScanPipeline;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.GatewayReasonCodes;
import io.interven.gateway.trace.TracePlace;
import io.interven.gateway.trace.TraceRecord;
import io.interven.gateway.trace.TraceRecordFactory;
import io.interven.gateway.trace.TraceWriter;
import io.interven.spi.Finding;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Past the pipeline, too, a failure never lets a call through and never costs its trace: an approval step that
 * throws an {@link Error} answers DENY / PIPELINE_FAILURE with a trace, and a trace that cannot be built is kept
 * as its minimal trace. Hand-written fakes stand in for the database.
 */
class ScanServiceFailClosedTest {
    static final CallInput CALL = call("POST", "https://collector.example.org/api/items", Map.of(),
            "{\"item\": \"report\"}");

    /** Keeps what would be written. */
    static final class RecordedTraces extends TraceWriter {
        final List<TraceRecord> recorded = new ArrayList<>();

        RecordedTraces() {
            super(null, 100, 10, 50);
        }

        @Override
        public Optional<TracePlace> reserve() {
            return Optional.of(new TracePlace(recorded::add, () -> { }));
        }
    }

    /** A pipeline whose every scan asks for approval. */
    static ScanPipeline requiringApproval() {
        ScanPipeline real = PipelineFixture.withDetectors();
        return new ScanPipeline(null, null, null, null, null, null, null) {
            @Override
            public ScanOutcome scan(CallInput input) {
                return real.scan(input).withDecision(Decision.REQUIRE_APPROVAL, List.of());
            }
        };
    }

    static ApprovalService approvalsThatOverflow() {
        return new ApprovalService(null, Duration.ofMinutes(15), Clock.systemUTC()) {
            @Override
            public ApprovalAnswer settle(CallInput call, List<Finding> findings, UUID traceId,
                                         Supplier<String> summary) {
                return settle(call, findings, traceId, summary);
            }
        };
    }

    @Test
    void anApprovalStepThatOverflowsItsStackDeniesTheCallAndLeavesATrace() {
        RecordedTraces traces = new RecordedTraces();
        ScanService service = new ScanService(requiringApproval(), approvalsThatOverflow(),
                new TraceRecordFactory(new ObjectMapper()), traces);

        ScanOutcome outcome = service.scan(CALL);

        assertThat(outcome.decision()).isEqualTo(Decision.DENY);
        assertThat(outcome.reasonCodes()).containsExactly(GatewayReasonCodes.PIPELINE_FAILURE);
        assertThat(outcome.failure()).isEqualTo(ScanService.APPROVAL_STEP);
        assertThat(traces.recorded).singleElement().satisfies(trace -> {
            assertThat(trace.traceId()).isEqualTo(outcome.traceId());
            assertThat(trace.decision()).isEqualTo("DENY");
            assertThat(trace.reasonCodes()).isEqualTo(GatewayReasonCodes.PIPELINE_FAILURE);
        });
    }

    @Test
    void aTraceThatCannotBeBuiltIsKeptAsItsMinimalTrace() {
        RecordedTraces traces = new RecordedTraces();
        TraceRecordFactory broken = new TraceRecordFactory(new ObjectMapper()) {
            @Override
            public TraceRecord of(CallInput input, ScanOutcome outcome) {
                throw new OutOfMemoryError("serializing");
            }
        };
        ScanService service = new ScanService(PipelineFixture.withDetectors(), approvalsThatOverflow(), broken,
                traces);

        ScanOutcome outcome = service.scan(CALL);

        assertThat(outcome.decision()).isEqualTo(Decision.ALLOW);
        assertThat(traces.recorded).singleElement().satisfies(trace -> {
            assertThat(trace.traceId()).isEqualTo(outcome.traceId());
            assertThat(trace.decision()).isEqualTo("ALLOW");
            assertThat(trace.findingsJson()).isEqualTo("[]");
            assertThat(trace.host()).isEqualTo("collector.example.org");
        });
    }
}
