package io.interven.gateway.trace;

import static io.interven.gateway.trace.StoredText.bounded;
import static io.interven.gateway.trace.StoredText.required;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One row of {@code traces}: what a scan decided and why, with findings as types, paths and spans (JSON), and the
 * body only as its size and keyed fingerprint, and the policy input the engine saw as one JSON document
 * ({@link StoredPolicyInput}; null on traces written before it was stored), and the ephemeral key that made the call
 * (null for a long-lived key), and the W3C trace id of the request that made the scan (null before it was stored).
 * Never a raw value.
 */
public record TraceRecord(UUID traceId, UUID tenantId, String envName, UUID agentId, String agentName,
                          String runtimeType, long createdAt, String method, String host, String toolName,
                          String operation, String verb, String decision, double riskScore, String riskBand,
                          String reasonCodes, String classifications, String findingsJson, String signalsJson,
                          String policyId, String policyName, Integer policyVersion, String ruleId, UUID approvalId,
                          int bodyBytes, String bodyFingerprint, String path, String monitorJson,
                          String policyInput, UUID ephemeralKeyId, String w3cTraceId) {
    static final String EMPTY_LIST = "[]";
    private static final Pattern W3C_TRACE_ID = Pattern.compile("[0-9a-f]{32}");

    /**
     * This trace with every text fit to its column (the sizes of the migrations): bounded, without control
     * characters or lone surrogates, so that no row can fail its insert, nor the batch it is written in, because of
     * what a call carried.
     */
    public TraceRecord withinColumns() {
        return new TraceRecord(traceId, tenantId, required(envName, 100), agentId, bounded(agentName, 200),
                bounded(runtimeType, 40), createdAt, required(method, 16), required(host, 255),
                required(toolName, 100), required(operation, 100), required(verb, 16), required(decision, 20),
                riskScore, required(riskBand, 16), required(reasonCodes, 1000), required(classifications, 500),
                findingsJson == null ? EMPTY_LIST : findingsJson, signalsJson == null ? EMPTY_LIST : signalsJson,
                bounded(policyId, 64), bounded(policyName, 200), policyVersion, bounded(ruleId, 200), approvalId,
                bodyBytes, required(bodyFingerprint, 64), bounded(path, 2000), monitorJson, policyInput, ephemeralKeyId,
                w3cTraceIdOrNull(w3cTraceId));
    }

    /** A W3C trace id as stored: 32 lower-case hex characters, not all zeros; anything else is not kept. */
    static String w3cTraceIdOrNull(String id) {
        return id != null && W3C_TRACE_ID.matcher(id).matches() && !id.equals("0".repeat(32)) ? id : null;
    }

    /** This trace, naming the ephemeral key that made the call. */
    public TraceRecord madeBy(UUID ephemeralKey) {
        return new TraceRecord(traceId, tenantId, envName, agentId, agentName, runtimeType, createdAt, method, host,
                toolName, operation, verb, decision, riskScore, riskBand, reasonCodes, classifications, findingsJson,
                signalsJson, policyId, policyName, policyVersion, ruleId, approvalId, bodyBytes, bodyFingerprint, path,
                monitorJson, policyInput, ephemeralKey, w3cTraceId);
    }

    /**
     * The least a trace keeps when its full row could not be stored: who, when, what was decided and why, and the
     * body's size and fingerprint; no text that came from the call's content or the agent's telemetry, and no policy
     * input document (simulation rebuilds its input from the columns left, {@link LegacyPolicyInput}).
     */
    public TraceRecord minimal() {
        return new TraceRecord(traceId, tenantId, envName, agentId, null, null, createdAt, method, host, toolName,
                operation, verb, decision, riskScore, riskBand, reasonCodes, classifications, EMPTY_LIST, EMPTY_LIST,
                policyId, null, policyVersion, ruleId, approvalId, bodyBytes, bodyFingerprint, null, EMPTY_LIST, null,
                ephemeralKeyId, w3cTraceId).withinColumns();
    }
}
