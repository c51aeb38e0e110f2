package io.interven.gateway.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A trace as analysts read it through {@code GET /v1/traces}, with {@code policy_input}: the facts the policy engine
 * decided on, as stored (null for a trace written before policy inputs were stored), and {@code ephemeral_key_id}: the
 * ephemeral key that made the call (null for a long-lived key), and {@code w3c_trace_id}: the W3C trace id of the
 * request that made the scan (its {@code traceparent}'s, or the one the gateway started; null on older traces).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TraceView(UUID traceId, String envName, UUID agentId, String agentName, String runtimeType,
                        long createdAt, String method, String host, String toolName, String operation, String verb,
                        String decision, double riskScore, String riskBand, List<String> reasonCodes,
                        List<String> classifications, JsonNode findings, JsonNode signals, String policyId,
                        String policyName, Integer policyVersion, String ruleId, UUID approvalId, int bodyBytes,
                        String bodyFingerprint, String path, JsonNode monitorMatches, JsonNode policyInput,
                        UUID ephemeralKeyId, String w3cTraceId) {

    public static TraceView of(TraceRecord r, ObjectMapper json) {
        try {
            return new TraceView(r.traceId(), r.envName(), r.agentId(), r.agentName(), r.runtimeType(), r.createdAt(),
                    r.method(), r.host(), r.toolName(), r.operation(), r.verb(), r.decision(), r.riskScore(),
                    r.riskBand(), split(r.reasonCodes()), split(r.classifications()), json.readTree(r.findingsJson()),
                    json.readTree(r.signalsJson()), r.policyId(), r.policyName(), r.policyVersion(), r.ruleId(),
                    r.approvalId(), r.bodyBytes(), r.bodyFingerprint(), r.path(),
                    json.readTree(r.monitorJson() == null ? "[]" : r.monitorJson()),
                    r.policyInput() == null ? null : json.readTree(r.policyInput()), r.ephemeralKeyId(),
                    r.w3cTraceId());
        } catch (IOException e) {
            throw new UncheckedIOException("stored trace is not readable", e);
        }
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

}
