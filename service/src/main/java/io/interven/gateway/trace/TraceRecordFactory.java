package io.interven.gateway.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.core.ScanOutcome;
import io.interven.gateway.policy.PolicyInput;
import io.interven.gateway.policy.PolicyVerdict;
import io.interven.gateway.policy.RuleMatchResult;
import io.interven.spi.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Turns a scan into its trace row. Only types, paths, spans, counts and keyed hashes are kept; the texts that
 * describe the call come from the outcome, where the pipeline already hid every value it found. Every text is
 * bounded and cleaned for its column ({@link TraceRecord#withinColumns()}), and so is every text inside the
 * findings and signals JSON; at most {@value #MAX_FINDINGS} findings are kept (plus the first of each entity type
 * beyond them) and {@value #MAX_SIGNALS} signals. The policy input is stored whole, as its document
 * ({@link StoredPolicyInput}).
 */
public class TraceRecordFactory {
    static final int MAX_FINDINGS = 1000;
    static final int MAX_SIGNALS = 100;

    private final ObjectMapper json;
    private final Supplier<String> w3cTraceId;

    /** Traces without a W3C trace id. */
    public TraceRecordFactory(ObjectMapper json) {
        this(json, () -> null);
    }

    /**
     * @param w3cTraceId the W3C trace id of the request being answered on this thread (null when none); what it
     *                   gives is kept only when it is one ({@link TraceRecord#withinColumns()})
     */
    public TraceRecordFactory(ObjectMapper json, Supplier<String> w3cTraceId) {
        this.json = json;
        this.w3cTraceId = w3cTraceId;
    }

    public TraceRecord of(CallInput input, ScanOutcome outcome) {
        PolicyInput policyInput = outcome.policyInput();
        PolicyVerdict verdict = outcome.verdict();
        RuleMatchResult deciding = outcome.decidingRule();
        return new TraceRecord(
                outcome.traceId(), input.tenantId(), input.envName(), UUID.fromString(input.agent().agentId()),
                policyInput.agentName(), policyInput.runtimeType(), System.currentTimeMillis(),
                policyInput.method(), policyInput.host(), outcome.tool().toolName(), outcome.tool().operation(),
                outcome.tool().verb().name(), outcome.decision().name(), outcome.risk().score(),
                outcome.risk().band().name(), String.join(",", outcome.reasonCodes()),
                String.join(",", outcome.classifications()),
                toJson(kept(outcome.findings()).stream().map(StoredFinding::of).toList()),
                toJson(outcome.signals().stream().limit(MAX_SIGNALS).map(StoredSignal::of).toList()),
                deciding == null ? null : deciding.policy().policyId(),
                deciding == null ? null : deciding.policy().name(),
                deciding == null ? null : deciding.policy().version(),
                deciding == null ? null : deciding.rule().ruleId(),
                outcome.approvalId(), input.bodyBytes(), outcome.bodyFingerprint(),
                policyInput.path(), toJson(monitorMatches(verdict)), StoredPolicyInput.document(policyInput), null,
                w3cTraceId())
                .withinColumns();
    }

    /**
     * The trace of a scan whose full trace could not be built: decision, risk, reasons and ids, nothing that needs
     * serializing. Cannot fail on what the call carried.
     */
    public TraceRecord minimal(CallInput input, ScanOutcome outcome) {
        UUID agentId = null;
        try {
            agentId = UUID.fromString(input.agent().agentId());
        } catch (RuntimeException notAUuid) {
            // kept without its agent
        }
        return new TraceRecord(outcome.traceId(), input.tenantId(), input.envName(), agentId, null, null,
                System.currentTimeMillis(), input.method(),
                outcome.policyInput() == null ? "" : outcome.policyInput().host(), outcome.tool().toolName(),
                outcome.tool().operation(), outcome.tool().verb().name(), outcome.decision().name(),
                outcome.risk().score(), outcome.risk().band().name(), String.join(",", outcome.reasonCodes()),
                String.join(",", outcome.classifications()), null, null, null, null, null, null,
                outcome.approvalId(), input.bodyBytes(), outcome.bodyFingerprint(), null, null, null, null,
                w3cTraceId()).minimal();
    }

    /** The request's W3C trace id; null when there is none or it cannot be had (a trace never fails for it). */
    private String w3cTraceId() {
        try {
            return w3cTraceId.get();
        } catch (RuntimeException unavailable) {
            return null;
        }
    }

    /** The first {@value #MAX_FINDINGS} findings, and the first finding of every entity type not among them. */
    static List<Finding> kept(List<Finding> findings) {
        if (findings.size() <= MAX_FINDINGS) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>(findings.subList(0, MAX_FINDINGS));
        Set<String> types = new HashSet<>();
        kept.forEach(f -> types.add(f.entityType()));
        for (Finding f : findings.subList(MAX_FINDINGS, findings.size())) {
            if (types.add(f.entityType())) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static List<MonitorMatchView> monitorMatches(PolicyVerdict verdict) {
        if (verdict == null) {
            return List.of();
        }
        return verdict.monitorMatches().stream().map(MonitorMatchView::of).toList();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("trace could not be serialized", e);
        }
    }
}
