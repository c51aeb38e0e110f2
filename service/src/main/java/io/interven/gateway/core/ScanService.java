package io.interven.gateway.core;

import io.interven.gateway.approval.ApprovalService;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.trace.TraceRecordFactory;
import io.interven.gateway.trace.TraceWriter;
import io.interven.spi.ReasonCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Serves one scan end to end: the pipeline decides, a REQUIRE_APPROVAL decision gets its approval, and the trace
 * is queued. Every endpoint that scans (scan, a2a, inbound) goes through here.
 */
public class ScanService {
    private final ScanPipeline pipeline;
    private final ApprovalService approvals;
    private final TraceRecordFactory traceRecords;
    private final TraceWriter traces;

    public ScanService(ScanPipeline pipeline, ApprovalService approvals, TraceRecordFactory traceRecords,
                       TraceWriter traces) {
        this.pipeline = pipeline;
        this.approvals = approvals;
        this.traceRecords = traceRecords;
        this.traces = traces;
    }

    public ScanOutcome scan(CallInput input) {
        ScanOutcome outcome = pipeline.scan(input);
        if (outcome.decision() == Decision.REQUIRE_APPROVAL) {
            outcome = approvalStep(input, outcome);
        }
        traces.record(traceRecords.of(input, outcome));
        return outcome;
    }

    /** An approved, unused approval of this exact call lets it through once; otherwise it waits for one. */
    private ScanOutcome approvalStep(CallInput input, ScanOutcome outcome) {
        Optional<UUID> granted = approvals.consumeApproved(input);
        if (granted.isPresent()) {
            List<String> reasons = new ArrayList<>(outcome.reasonCodes());
            reasons.add(ReasonCodes.APPROVED);
            return outcome.withApproval(granted.get()).withDecision(Decision.ALLOW, reasons);
        }
        String summary = outcome.tool().toolName() + " " + outcome.tool().operation() + ", risk "
                + outcome.risk().band() + " (" + outcome.risk().score() + ")"
                + (outcome.reasonCodes().isEmpty() ? "" : ": " + String.join(", ", outcome.reasonCodes()));
        return outcome.withApproval(approvals.request(input, outcome.traceId(), summary));
    }
}
