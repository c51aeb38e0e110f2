package io.interven.gateway.history;

import io.interven.spi.AgentHistory;
import java.util.UUID;

/**
 * Where the gateway gets the {@link AgentHistory} it hands risk signals with each call. Today
 * {@link EmptyAgentHistorySource}: nothing recorded yet. A source backed by the gateway's records answers lazily
 * (a look-up only when a signal asks), bounded by its retention, and hashes values only with
 * {@link TenantValueHashes}.
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
