package io.interven.gateway.history;

import io.interven.gateway.config.HistoryConfiguration;

/** The history's time settings in milliseconds, and whose reads a write is compared with. */
public record HistoryWindows(long refreshMillis, long factMillis, long volumeMillis, long readMillis,
                             long idleMillis, boolean tenantScope) {

    public static HistoryWindows of(HistoryConfiguration config) {
        return new HistoryWindows(config.refreshInterval.toMilliseconds(), config.factRetention.toMilliseconds(),
                config.volumeWindow.toMilliseconds(), config.readValueWindow.toMilliseconds(),
                config.idleEviction.toMilliseconds(), config.tenantScope());
    }
}
