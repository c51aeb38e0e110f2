package io.interven.gateway.scan;

import io.interven.gateway.approval.ApprovalService;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.core.FailedScan;
import io.interven.gateway.core.ScanOutcome;
import io.interven.gateway.core.ScanPipeline;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.GatewayReasonCodes;
import io.interven.gateway.trace.TraceRecord;
import io.interven.gateway.trace.TraceRecordFactory;
import io.interven.gateway.trace.TraceWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one scan end to end: the pipeline decides, a REQUIRE_APPROVAL decision gets its approval, and the trace
 * is queued. Every endpoint that scans (scan, a2a, inbound) goes through here. Whatever fails on the way, an
 * {@link Error} included, the answer is DENY with {@code PIPELINE_FAILURE}, and every scan leaves a trace: when
 * its full trace cannot be built, a minimal one takes its place.
 */
public class ScanService {
    static final String APPROVAL_STEP = "approval";
    private static final Logger LOG = LoggerFactory.getLogger(ScanService.class);

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
        ScanOutcome outcome;
        try {
            outcome = pipeline.scan(input);
        } catch (Throwable failure) {
            outcome = FailedScan.of(input, UUID.randomUUID(), null, null, "pipeline");
        }
        if (outcome.decision() == Decision.REQUIRE_APPROVAL) {
            try {
                outcome = approvalStep(input, outcome);
            } catch (Throwable failure) {
                LOG.error("scan {} failed closed: approval ({})", outcome.traceId(), failure.getClass().getName());
                outcome = FailedScan.of(input, outcome.traceId(), outcome.tool(), outcome.bodyFingerprint(),
                        APPROVAL_STEP);
            }
        }
        record(input, outcome);
        return outcome;
    }

    private void record(CallInput input, ScanOutcome outcome) {
        TraceRecord trace;
        try {
            trace = traceRecords.of(input, outcome);
        } catch (Throwable failure) {
            LOG.error("trace {} could not be built ({}); a minimal trace is kept", outcome.traceId(),
                    failure.getClass().getName());
            trace = traceRecords.minimal(input, outcome);
        }
        traces.record(trace);
    }

    /** An approved, unused approval of this exact call lets it through once; otherwise it waits for one. */
    private ScanOutcome approvalStep(CallInput input, ScanOutcome outcome) {
        Optional<UUID> granted = approvals.consumeApproved(input, outcome.findings());
        if (granted.isPresent()) {
            List<String> reasons = new ArrayList<>(outcome.reasonCodes());
            reasons.add(GatewayReasonCodes.APPROVED);
            return outcome.withApproval(granted.get()).withDecision(Decision.ALLOW, reasons);
        }
        String summary = outcome.tool().toolName() + " " + outcome.tool().operation() + ", risk "
                + outcome.risk().band() + " (" + outcome.risk().score() + ")"
                + (outcome.reasonCodes().isEmpty() ? "" : ": " + String.join(", ", outcome.reasonCodes()));
        return outcome.withApproval(approvals.request(input, outcome.findings(), outcome.traceId(), summary));
    }
}
