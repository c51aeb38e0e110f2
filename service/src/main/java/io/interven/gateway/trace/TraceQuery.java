package io.interven.gateway.trace;

import java.util.UUID;

/** Filters of {@code GET /v1/traces}; null means any. Newest first, at most {@code limit}. */
public record TraceQuery(UUID tenantId, UUID agentId, String decision, Long sinceMillis, int limit) {
}
