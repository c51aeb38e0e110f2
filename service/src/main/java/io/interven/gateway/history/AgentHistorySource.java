package io.interven.gateway.history;

import io.interven.spi.AgentHistory;
import java.util.UUID;

/**
 * Where the gateway gets the {@link AgentHistory} it hands risk signals with each call: {@link RecordedHistorySource}
 * in the running gateway (from memory, never a database round trip), {@link EmptyAgentHistorySource} where nothing
 * is recorded. Values are hashed only with {@link TenantValueHashes}.
 */
public interface AgentHistorySource {

    /**
     * The history of one agent of one tenant, as of the call being scanned (which is not part of it).
     *
     * @param tenantId  the calling tenant
     * @param tenantKey the tenant's secret salt, which keys its value hashes
     * @param agentId   the agent making the call
     */
    AgentHistory historyOf(UUID tenantId, String tenantKey, String agentId);
}
