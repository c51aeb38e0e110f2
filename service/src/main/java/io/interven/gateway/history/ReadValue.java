package io.interven.gateway.history;

import java.util.UUID;

/**
 * A row of {@code read_values}: the keyed hash of a value found in the answer to an agent's READ call, with that
 * call (trace, tool, operation, host). Never the value.
 */
public record ReadValue(UUID tenantId, String valueHash, UUID sourceTraceId, String agentId, long readAt,
                        String toolName, String operation, String host, long writtenAt) {

    ReadValue writtenAt(long now) {
        return new ReadValue(tenantId, valueHash, sourceTraceId, agentId, readAt, toolName, operation, host, now);
    }
}
