package io.interven.gateway.core;

import io.interven.gateway.approval.ApprovalService;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.trace.TraceRecordFactory;
import io.interven.gateway.trace.TraceWriter;

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
            outcome = outcome.withApproval(approvals.request(input, outcome.traceId()));
        }
        traces.record(traceRecords.of(input, outcome));
        return outcome;
    }
}
