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
                "/api/notes", "[]");
    }
}
