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

    /**
     * The earliest creation time asked for, {@link Long#MIN_VALUE} when none: a bound the statements always apply, so
     * that the database reads it as a range of the index instead of a condition it checks row by row.
     */
    public long createdFrom() {
        return sinceMillis == null ? Long.MIN_VALUE : sinceMillis;
    }
}
