package io.interven.gateway.history;

import io.interven.spi.AgentHistory;
import java.time.Clock;
import java.util.UUID;

/**
 * The agents' histories from this node's caches, without a database round trip: an agent whose baseline is loaded
 * gets its {@link RecordedHistory}; one that is not (first met since start, or idle and dropped) is loaded in the
 * background and meanwhile has an unknown history ({@link AgentHistory#known()} false), on which baseline signals
 * do not fire; the values it read are answered either way.
 */
public final class RecordedHistorySource implements AgentHistorySource {
    private final HistoryCaches caches;
    private final HistoryWindows windows;
    private final Clock clock;

    RecordedHistorySource(HistoryCaches caches, HistoryWindows windows, Clock clock) {
        this.caches = caches;
        this.windows = windows;
        this.clock = clock;
    }

    @Override
    public AgentHistory historyOf(UUID tenantId, String tenantKey, String agentId) {
        long now = clock.millis();
        AgentKey agent = new AgentKey(tenantId, agentId);
        return new RecordedHistory(agent, tenantKey, caches.baselines().loaded(agent, now).orElse(null),
                caches.reads(), windows, now);
    }
}
