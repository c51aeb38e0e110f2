package io.interven.gateway.history;

import io.interven.spi.AgentHistory;
import java.util.UUID;

/**
 * The history source where nothing is recorded (a pipeline built without the gateway's history, as in tests):
 * every agent is unknown. Value hashes are still keyed with the tenant's key, as the recording source keys them.
 */
public final class EmptyAgentHistorySource implements AgentHistorySource {

    @Override
    public AgentHistory historyOf(UUID tenantId, String tenantKey, String agentId) {
        return new UnrecordedHistory(tenantKey);
    }
}
