package io.interven.gateway.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.api.FindingView;
import io.interven.gateway.api.SignalView;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.core.ScanOutcome;
import io.interven.gateway.policy.DecisionFeatures;
import io.interven.gateway.policy.PolicyVerdict;
import java.util.List;
import java.util.UUID;

/** Turns a scan into its trace row. Only types, paths, spans, counts and keyed hashes are kept. */
public class TraceRecordFactory {
    private final ObjectMapper json;

    public TraceRecordFactory(ObjectMapper json) {
        this.json = json;
    }

    public TraceRecord of(CallInput input, ScanOutcome outcome) {
        DecisionFeatures features = outcome.features();
        PolicyVerdict verdict = outcome.verdict();
        return new TraceRecord(
                outcome.traceId(), input.tenantId(), input.envName(), UUID.fromString(input.agent().agentId()),
                input.agent().agentName(), input.agent().runtimeType(), System.currentTimeMillis(),
                features.method(), features.host(), outcome.tool().toolName(), outcome.tool().operation(),
                outcome.tool().verb().name(), outcome.decision().name(), outcome.risk().score(),
                outcome.risk().band().name(), String.join(",", outcome.reasonCodes()),
                String.join(",", outcome.classifications()),
                toJson(outcome.findings().stream().map(FindingView::of).toList()),
                toJson(outcome.signals().stream().map(SignalView::of).toList()),
                verdict == null ? null : verdict.deciding().policy().policyId(),
                verdict == null ? null : verdict.deciding().policy().name(),
                verdict == null ? null : verdict.deciding().policy().version(),
                verdict == null ? null : verdict.deciding().rule().ruleId(),
                outcome.approvalId(), input.bodyBytes(), outcome.bodyFingerprint(),
                RedactedPath.of(input.url(), outcome.findings()), toJson(monitorMatches(verdict)));
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
