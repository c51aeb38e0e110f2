package io.interven.gateway.history;

import io.interven.spi.ValueHash;
import io.interven.spi.Verb;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Records what agents do, for their history: each decided scan (its facts apply to this node's cache at once and
 * are queued for the database), and the keyed hashes of values found in the answer to a READ call. Never blocks on
 * the database. Remembers the calls of the most recent scans of this node, so that the answer to one can be tied to
 * its call without reading the trace back.
 */
public class HistoryRecorder {
    /** A recorder that records nothing (for scan services without history). */
    public static final HistoryRecorder NONE = new HistoryRecorder(null, null, Clock.systemUTC(), 0);
    private static final int RECENT_CALLS = 32_768;

    private final HistoryCaches caches;
    private final HistoryWriter writer;
    private final Clock clock;
    private final Map<UUID, RecordedCall> recent;

    HistoryRecorder(HistoryCaches caches, HistoryWriter writer, Clock clock, int recentCalls) {
        this.caches = caches;
        this.writer = writer;
        this.clock = clock;
        int capacity = recentCalls;
        this.recent = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, RecordedCall> eldest) {
                return size() > capacity;
            }
        };
    }

    HistoryRecorder(HistoryCaches caches, HistoryWriter writer, Clock clock) {
        this(caches, writer, clock, RECENT_CALLS);
    }

    /** The time the recorder stamps recordings with (epoch ms). */
    public long now() {
        return clock.millis();
    }

    /** Records a decided scan. */
    public void recordCall(RecordedCall call) {
        if (writer == null) {
            return;
        }
        caches.baselines().entry(call.agent(), call.at()).record(call);
        writer.enqueue(call);
        synchronized (recent) {
            recent.put(call.traceId(), call);
        }
    }

    /** The call of a scan this node recorded recently, when it belongs to the tenant. */
    public Optional<RecordedCall> recentCall(UUID tenantId, UUID traceId) {
        synchronized (recent) {
            return Optional.ofNullable(recent.get(traceId)).filter(call -> call.tenantId().equals(tenantId));
        }
    }

    /**
     * Records the hashes of values found in the answer to {@code call}; only a READ call's answer counts (what a
     * write or delete answers is not data the agent fetched).
     */
    public void recordRead(RecordedCall call, List<ValueHash> hashes) {
        if (writer == null || call.verb() != Verb.READ) {
            return;
        }
        long at = clock.millis();
        for (ValueHash hash : hashes) {
            ReadValue read = new ReadValue(call.tenantId(), hash.hex(), call.traceId(), call.agentId(), at,
                    ReadValueNames.tool(call.toolName()), ReadValueNames.operation(call.operation()),
                    ReadValueNames.host(call.host()), at);
            caches.reads().add(read);
            writer.enqueue(read);
        }
    }
}
