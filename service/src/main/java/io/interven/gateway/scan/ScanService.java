package io.interven.gateway.scan;

import io.interven.gateway.approval.ApprovalAnswer;
import io.interven.gateway.approval.ApprovalService;
import io.interven.gateway.auth.EphemeralGrant;
import io.interven.gateway.auth.EphemeralUses;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.core.FailedScan;
import io.interven.gateway.core.ScanMeters;
import io.interven.gateway.core.ScanOutcome;
import io.interven.gateway.core.ScanPipeline;
import io.interven.gateway.core.ScanStage;
import io.interven.gateway.core.StageTimer;
import io.interven.gateway.core.TraceIds;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import io.interven.gateway.history.HistoryRecorder;
import io.interven.gateway.history.RecordedCall;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.GatewayReasonCodes;
import io.interven.gateway.trace.TracePlace;
import io.interven.gateway.trace.TraceRecord;
import io.interven.gateway.trace.TraceRecordFactory;
import io.interven.gateway.trace.TraceWriter;
import io.interven.spi.OutboundCall;
import io.interven.spi.ReasonCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one scan end to end: the pipeline decides, a REQUIRE_APPROVAL decision gets its approval, and the trace
 * is queued. Every endpoint that scans (scan, a2a, inbound) goes through here. Whatever fails on the way, an
 * {@link Error} included, the answer is DENY with {@code PIPELINE_FAILURE}, and every scan leaves a trace: when
 * its full trace cannot be built, a minimal one takes its place.
 *
 * <p>A scan made with an ephemeral key is checked against the key's scope once the pipeline has recognized the
 * tool and verb: outside it, the answer is DENY with {@code EPHEMERAL_SCOPE}. A use is what lets a call through: an
 * answer of ALLOW or SANITIZE (an approved call included) counts one use (one conditional UPDATE) before it is
 * answered, while DENY and REQUIRE_APPROVAL count none, so a one-use key can wait for its approval and then make
 * its call. When the key has no use left by then (another scan took the last one, or it was revoked or expired
 * meanwhile) the scan answers 401 and leaves no trace; an approval it consumed stays consumed (fail closed).
 *
 * <p>Before anything is decided, the scan takes its place in the trace buffer, so that a scan that is answered can
 * always leave its trace. When no place is free (the database has been unreachable for a while) the scan answers
 * 503 {@code TRACE_BUFFER_FULL} before any ephemeral use is counted or approval consumed: no call is decided
 * unaudited. A scan that ends without an answer gives its place back.
 *
 * <p>Every decided scan is then added to its agent's history ({@link HistoryRecorder}), in memory at once and in the
 * database by a batched writer; a scan answered 401 for a used-up ephemeral key is not.
 *
 * <p>Each answered scan is counted by its decision and tool, and the approval step and the trace's enqueueing are
 * timed ({@link ScanMeters}); a failing meter never changes an answer.
 */
public class ScanService {
    static final String APPROVAL_STEP = "approval";
    private static final Logger LOG = LoggerFactory.getLogger(ScanService.class);

    private final ScanPipeline pipeline;
    private final ApprovalService approvals;
    private final TraceRecordFactory traceRecords;
    private final TraceWriter traces;
    private final EphemeralUses ephemeralUses;
    private final LongSupplier clock;
    private final HistoryRecorder history;
    private final ScanMeters meters;
    private final StageTimer approvalTimer;
    private final StageTimer traceTimer;

    /** A scan service that refuses every ephemeral key (it has nowhere to count their uses). */
    public ScanService(ScanPipeline pipeline, ApprovalService approvals, TraceRecordFactory traceRecords,
                       TraceWriter traces) {
        this(pipeline, approvals, traceRecords, traces, EphemeralUses.NONE, System::currentTimeMillis);
    }

    /** @param clock epoch milliseconds, against which ephemeral keys expire when their use is counted */
    public ScanService(ScanPipeline pipeline, ApprovalService approvals, TraceRecordFactory traceRecords,
                       TraceWriter traces, EphemeralUses ephemeralUses, LongSupplier clock) {
        this(pipeline, approvals, traceRecords, traces, ephemeralUses, clock, HistoryRecorder.NONE);
    }

    /** @param history where each decided scan is recorded for the agent's history (never blocks on the database) */
    public ScanService(ScanPipeline pipeline, ApprovalService approvals, TraceRecordFactory traceRecords,
                       TraceWriter traces, EphemeralUses ephemeralUses, LongSupplier clock, HistoryRecorder history) {
        this(pipeline, approvals, traceRecords, traces, ephemeralUses, clock, history, ScanMeters.NONE);
    }

    /** @param meters counts decisions by decision and tool, times the approval step and the trace's enqueueing */
    public ScanService(ScanPipeline pipeline, ApprovalService approvals, TraceRecordFactory traceRecords,
                       TraceWriter traces, EphemeralUses ephemeralUses, LongSupplier clock, HistoryRecorder history,
                       ScanMeters meters) {
        this.pipeline = pipeline;
        this.approvals = approvals;
        this.traceRecords = traceRecords;
        this.traces = traces;
        this.ephemeralUses = ephemeralUses;
        this.clock = clock;
        this.history = history;
        this.meters = meters;
        this.approvalTimer = meters.stage(ScanStage.APPROVAL);
        this.traceTimer = meters.stage(ScanStage.TRACE_ENQUEUE);
    }

    /** A scan made with a long-lived key. */
    public ScanOutcome scan(CallInput input) {
        return scan(input, null);
    }

    /**
     * @param ephemeral the scope of the ephemeral key making the call; null for a long-lived key
     * @throws ApiException 503 {@code TRACE_BUFFER_FULL} when no place is left for the trace; nothing was decided
     */
    public ScanOutcome scan(CallInput input, EphemeralGrant ephemeral) {
        return scan(input, ephemeral, null);
    }

    /**
     * A scan the gateway has already refused for a reason of its own ({@code gatewayDenial}, a code of
     * {@link GatewayReasonCodes} such as {@code A2A_LOOP}; null when none): the pipeline still runs, so the answer
     * and the trace show what the call carried, and the answer is DENY with that reason added.
     */
    public ScanOutcome scan(CallInput input, EphemeralGrant ephemeral, String gatewayDenial) {
        try (TracePlace place = traces.reserve().orElseThrow(ScanService::bufferFull)) {
            return scan(input, ephemeral, gatewayDenial, place);
        }
    }

    private static ApiException bufferFull() {
        return new ApiException(ErrorCode.TRACE_BUFFER_FULL, "too many traces are waiting to be written (the "
                + "database may be unreachable); the call was not evaluated, retry in a few seconds");
    }

    private ScanOutcome scan(CallInput input, EphemeralGrant ephemeral, String gatewayDenial, TracePlace place) {
        ScanOutcome outcome;
        try {
            outcome = pipeline.scan(input);
        } catch (Throwable failure) {
            outcome = FailedScan.of(input, TraceIds.next(), null, null, "pipeline");
        }
        if (gatewayDenial != null) {
            List<String> reasons = new ArrayList<>(outcome.reasonCodes());
            reasons.add(gatewayDenial);
            outcome = outcome.withDecision(Decision.DENY, reasons);
            record(input, outcome, ephemeral, place);
            return outcome;
        }
        if (ephemeral != null && !ephemeral.allows(outcome.tool().toolName(), outcome.tool().verb().name())) {
            List<String> reasons = new ArrayList<>(outcome.reasonCodes());
            reasons.add(ReasonCodes.EPHEMERAL_SCOPE);
            outcome = outcome.withDecision(Decision.DENY, reasons);
            record(input, outcome, ephemeral, place);
            return outcome;
        }
        if (outcome.decision() == Decision.REQUIRE_APPROVAL) {
            long start = System.nanoTime();
            try {
                outcome = approvalStep(input, outcome);
            } catch (Throwable failure) {
                LOG.error("scan {} failed closed: approval ({})", outcome.traceId(), failure.getClass().getName());
                outcome = FailedScan.of(input, outcome.traceId(), outcome.tool(), outcome.bodyFingerprint(),
                        APPROVAL_STEP);
            }
            approvalTimer.lap(start);
        }
        if (ephemeral != null && letsThrough(outcome) && !ephemeralUses.consume(ephemeral.keyId(), clock.getAsLong())) {
            throw new ApiException(ErrorCode.UNAUTHORIZED, "the ephemeral key is expired, used up or revoked");
        }
        record(input, outcome, ephemeral, place);
        return outcome;
    }

    /** A call the agent may now make (ALLOW, or SANITIZE with the sanitized body): what an ephemeral key's use buys. */
    private static boolean letsThrough(ScanOutcome outcome) {
        return outcome.decision() == Decision.ALLOW || outcome.decision() == Decision.SANITIZE;
    }

    private void record(CallInput input, ScanOutcome outcome, EphemeralGrant ephemeral, TracePlace place) {
        long start = System.nanoTime();
        TraceRecord trace;
        try {
            trace = traceRecords.of(input, outcome);
        } catch (Throwable failure) {
            LOG.error("trace {} could not be built ({}); a minimal trace is kept", outcome.traceId(),
                    failure.getClass().getName());
            trace = traceRecords.minimal(input, outcome);
        }
        place.record(ephemeral == null ? trace : trace.madeBy(ephemeral.keyId()));
        traceTimer.lap(start);
        countDecision(outcome);
        recordHistory(input, outcome);
    }

    private void countDecision(ScanOutcome outcome) {
        try {
            meters.decided(outcome.decision(), outcome.tool() == null ? null : outcome.tool().toolName());
        } catch (RuntimeException failure) {
            // a metric is never worth an answer
        }
    }

    /**
     * Adds the decided scan to its agent's history: every scan counts towards the agent's calls and volume, but only
     * a call let through teaches the baseline its tool, host and hour. A failure here is logged and never changes
     * the answer.
     */
    private void recordHistory(CallInput input, ScanOutcome outcome) {
        if (outcome.tool() == null || input.agent() == null) {
            return;
        }
        try {
            history.recordCall(new RecordedCall(input.tenantId(), input.agent().agentId(), history.now(),
                    outcome.tool().toolName(), outcome.tool().operation(), outcome.tool().verb(),
                    hostOf(input, outcome), outcome.traceId(), letsThrough(outcome)));
        } catch (RuntimeException failure) {
            LOG.warn("scan {} not added to its agent's history ({})", outcome.traceId(),
                    failure.getClass().getName());
        }
    }

    /**
     * The host the history keeps: the one the policies decided on, as answers and traces disclose it, read from the
     * outcome rather than by parsing the URL a third time (the request's validation and the pipeline each parse it).
     */
    private static String hostOf(CallInput input, ScanOutcome outcome) {
        if (outcome.policyInput() != null && outcome.policyInput().host() != null) {
            return outcome.policyInput().host();
        }
        return OutboundCall.of(input.method(), input.url(), Map.of()).host();
    }

    /** An approved, unused approval of this exact call lets it through once; otherwise it waits for one. */
    private ScanOutcome approvalStep(CallInput input, ScanOutcome outcome) {
        ApprovalAnswer answer = approvals.settle(input, outcome.findings(), outcome.traceId(), () -> summary(outcome));
        if (answer.granted()) {
            List<String> reasons = new ArrayList<>(outcome.reasonCodes());
            reasons.add(GatewayReasonCodes.APPROVED);
            return outcome.withApproval(answer.approvalId()).withDecision(Decision.ALLOW, reasons);
        }
        return outcome.withApproval(answer.approvalId());
    }

    /** The call as an approval's notice describes it: tool, operation, risk and reasons (no value). */
    private static String summary(ScanOutcome outcome) {
        return outcome.tool().toolName() + " " + outcome.tool().operation() + ", risk " + outcome.risk().band() + " ("
                + outcome.risk().score() + ")"
                + (outcome.reasonCodes().isEmpty() ? "" : ": " + String.join(", ", outcome.reasonCodes()));
    }
}
