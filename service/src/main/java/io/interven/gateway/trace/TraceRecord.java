package io.interven.gateway.trace;

import java.util.UUID;

/**
 * One row of {@code traces}: what a scan decided and why, with findings as types, paths and spans (JSON), and the
 * body only as its size and keyed fingerprint. Never a raw value.
 */
public record TraceRecord(UUID traceId, UUID tenantId, String envName, UUID agentId, String agentName,
                          String runtimeType, long createdAt, String method, String host, String toolName,
                          String operation, String verb, String decision, double riskScore, String riskBand,
                          String reasonCodes, String classifications, String findingsJson, String signalsJson,
                          String policyId, String policyName, Integer policyVersion, String ruleId, UUID approvalId,
                          int bodyBytes, String bodyFingerprint, String path, String monitorJson) {
}
