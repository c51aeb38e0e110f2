package io.interven.gateway.db;

import io.interven.gateway.trace.TraceRecord;
import java.util.UUID;

/** Trace rows for DAO tests: everything fixed except what a test filters on. */
final class TraceRecords {
    private TraceRecords() {
    }

    static TraceRecord trace(UUID tenantId, UUID agentId, String decision, long createdAt) {
        return trace(UUID.randomUUID(), tenantId, "production", agentId, decision, createdAt, null);
    }

    static TraceRecord trace(UUID traceId, UUID tenantId, String envName, UUID agentId, String decision,
                             long createdAt, UUID approvalId) {
        return new TraceRecord(traceId, tenantId, envName, agentId, "agent", "custom", createdAt,
                "POST", "crm.example.org", "custom_proxy", "http_post", "WRITE", decision, 0.25, "LOW", "PII", "PII",
                "[{\"entity_type\":\"EMAIL_ADDRESS\",\"path\":\"$.note\",\"start\":0,\"end\":5}]", "[]",
                "builtin-default", "builtin-default", 1, "otherwise-allow", approvalId, 42, "a".repeat(64),
                "/api/notes", "[]", null, null, null);
    }

    /** {@code t} with {@code document} as its policy input document. */
    static TraceRecord withPolicyInput(TraceRecord t, String document) {
        return new TraceRecord(t.traceId(), t.tenantId(), t.envName(), t.agentId(), t.agentName(), t.runtimeType(),
                t.createdAt(), t.method(), t.host(), t.toolName(), t.operation(), t.verb(), t.decision(), t.riskScore(),
                t.riskBand(), t.reasonCodes(), t.classifications(), t.findingsJson(), t.signalsJson(), t.policyId(),
                t.policyName(), t.policyVersion(), t.ruleId(), t.approvalId(), t.bodyBytes(), t.bodyFingerprint(),
                t.path(), t.monitorJson(), document, t.ephemeralKeyId(), t.w3cTraceId());
    }
}
