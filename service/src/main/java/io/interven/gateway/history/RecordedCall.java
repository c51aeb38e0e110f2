package io.interven.gateway.history;

import io.interven.spi.Verb;
import java.util.UUID;

/**
 * What the history keeps of one scanned call: who made it, when, and what it called (tool, operation, verb, host),
 * never what it sent.
 *
 * @param at          epoch milliseconds of the scan
 * @param letThrough  true when the answer let the call through (ALLOW or SANITIZE, approved calls included): only
 *                    such calls teach the baseline what is usual, so that a call held for approval or denied is
 *                    still new the next time it is tried
 */
public record RecordedCall(UUID tenantId, String agentId, long at, String toolName, String operation, Verb verb,
                           String host, UUID traceId, boolean letThrough) {

    AgentKey agent() {
        return new AgentKey(tenantId, agentId);
    }
}
