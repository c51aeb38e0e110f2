package io.interven.gateway.trace;

import java.util.UUID;

/**
 * Filters of {@code GET /v1/traces}; null means any ({@code envName} null: every environment of the tenant).
 * Newest first, at most {@code limit}.
 */
public record TraceQuery(UUID tenantId, String envName, UUID agentId, String decision, Long sinceMillis, int limit) {
    public TraceQuery(UUID tenantId, UUID agentId, String decision, Long sinceMillis, int limit) {
        this(tenantId, null, agentId, decision, sinceMillis, limit);
    }
}
