package io.interven.gateway.history;

import java.util.UUID;

/** A row of {@code agent_volume}, or an increment to add to it: calls of an agent in the minute starting then. */
public record VolumeRow(UUID tenantId, String agentId, long minuteStart, long calls, long updatedAt) {

    AgentKey agent() {
        return new AgentKey(tenantId, agentId);
    }

    VolumeRow plus(VolumeRow more) {
        return new VolumeRow(tenantId, agentId, minuteStart, calls + more.calls, Math.max(updatedAt, more.updatedAt));
    }

    VolumeRow writtenAt(long now) {
        return new VolumeRow(tenantId, agentId, minuteStart, calls, now);
    }
}
