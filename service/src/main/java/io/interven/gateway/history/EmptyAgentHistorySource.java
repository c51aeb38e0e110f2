package io.interven.gateway.history;

import io.interven.spi.AgentHistory;
import java.util.UUID;

/**
 * The history source while the gateway records no history: every agent has done nothing before. Value hashes are
 * still keyed with the tenant's key, as a recording source will key them.
 */
public final class EmptyAgentHistorySource implements AgentHistorySource {

    @Override
    public AgentHistory historyOf(UUID tenantId, String tenantKey, String agentId) {
        return new UnrecordedHistory(tenantKey);
    }
}
