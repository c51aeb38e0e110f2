package io.interven.gateway.history;

import io.interven.spi.AgentHistory;
import io.interven.spi.CallQuery;
import io.interven.spi.PastCall;
import io.interven.spi.ValueHash;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The history of an agent when nothing is recorded or known (not loaded yet): empty answers, {@link #known()} false,
 * hashes keyed with the tenant's key.
 */
final class UnrecordedHistory implements AgentHistory {
    private final String tenantKey;

    UnrecordedHistory(String tenantKey) {
        this.tenantKey = tenantKey;
    }

    @Override
    public List<PastCall> recentCalls(CallQuery query, Duration window, int limit) {
        return List.of();
    }

    @Override
    public long countCalls(CallQuery query, Duration window) {
        return 0;
    }

    @Override
    public Optional<Instant> firstUseOf(String toolName, String operation) {
        return Optional.empty();
    }

    @Override
    public Optional<Instant> firstCallTo(String host) {
        return Optional.empty();
    }

    @Override
    public ValueHash keyedHash(String value) {
        return TenantValueHashes.of(tenantKey, value);
    }

    @Override
    public List<PastCall> callsThatRead(ValueHash hash, Duration window) {
        return List.of();
    }

    /** Never the tenant's key. */
    @Override
    public String toString() {
        return "UnrecordedHistory";
    }
}
