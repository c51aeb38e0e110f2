package io.interven.gateway.history;

import java.util.UUID;

/** A row of {@code agent_facts}, or an increment to add to it (calls made, first and last seen, epoch ms). */
public record FactRow(UUID tenantId, String agentId, String kind, String name, long firstSeen, long lastSeen,
                      long calls, long updatedAt) {

    AgentKey agent() {
        return new AgentKey(tenantId, agentId);
    }

    FactRow plus(FactRow more) {
        return new FactRow(tenantId, agentId, kind, name, Math.min(firstSeen, more.firstSeen),
                Math.max(lastSeen, more.lastSeen), calls + more.calls, Math.max(updatedAt, more.updatedAt));
    }

    FactRow writtenAt(long now) {
        return new FactRow(tenantId, agentId, kind, name, firstSeen, lastSeen, calls, now);
    }
}
