package io.interven.gateway.history;

import io.dropwizard.lifecycle.Managed;
import io.interven.gateway.config.HistoryConfiguration;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The recorded agent history of this node, put together: the caches, the writer that stores recordings, the
 * refresher that loads and refreshes the caches, the source the signals read, and the recorder the endpoints feed.
 */
public final class AgentHistories {
    private final HistoryWriter writer;
    private final HistoryRefresher refresher;
    private final RecordedHistorySource source;
    private final HistoryRecorder recorder;
    private final int maxValuesPerResponse;

    public AgentHistories(Jdbi jdbi, HistoryConfiguration config, Clock clock) {
        HistoryWindows windows = HistoryWindows.of(config);
        HistoryStore store = new HistoryStore(jdbi);
        HistoryRefresher[] loader = new HistoryRefresher[1];
        HistoryCaches caches = new HistoryCaches(new BaselineCache(agent -> loader[0].loadLater(agent)),
                new ReadValueCache(config.maxCachedReadValues));
        this.refresher = new HistoryRefresher(store, caches, windows, clock);
        loader[0] = refresher;
        this.writer = new HistoryWriter(store, config.queueCapacity, config.flushInterval.toMilliseconds(), clock);
        this.source = new RecordedHistorySource(caches, windows, clock);
        this.recorder = new HistoryRecorder(caches, writer, clock);
        this.maxValuesPerResponse = config.maxValuesPerResponse;
    }

    /** What the application must start and stop: the writer and the refresher. */
    public List<Managed> managed() {
        return List.of(writer, refresher);
    }

    public AgentHistorySource source() {
        return source;
    }

    public HistoryRecorder recorder() {
        return recorder;
    }

    /** The most value hashes kept from one response. */
    public int maxValuesPerResponse() {
        return maxValuesPerResponse;
    }
}
