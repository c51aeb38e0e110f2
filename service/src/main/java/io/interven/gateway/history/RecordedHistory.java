package io.interven.gateway.history;

import io.interven.spi.AgentHistory;
import io.interven.spi.CallQuery;
import io.interven.spi.PastCall;
import io.interven.spi.ValueHash;
import io.interven.spi.Verb;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An agent's history, answered from memory ({@link AgentBaseline}, {@link ReadValueCache}); nothing here touches the
 * database. Without its baseline (not loaded yet) the agent is not {@link #known()} and every baseline answer is
 * empty, while the values it read are still answered: the read-value cache holds every tenant's reads of the window. Calls are not kept one by one: {@link #recentCalls} is empty, and {@link #countCalls} counts
 * the calls per minute of {@link CallQuery#any()} (a narrowed query answers 0). Reads are those of this agent, or of
 * any agent of the tenant when the gateway compares writes tenant-wide; both within the read-value window at most.
 */
final class RecordedHistory implements AgentHistory {
    private final UUID tenantId;
    private final String tenantKey;
    private final String agentId;
    private final AgentBaseline baseline;
    private final boolean known;
    private final ReadValueCache reads;
    private final HistoryWindows windows;
    private final long now;

    /** @param baseline the agent's loaded baseline, null when it is not loaded */
    RecordedHistory(AgentKey agent, String tenantKey, AgentBaseline baseline, ReadValueCache reads,
                    HistoryWindows windows, long now) {
        this.known = baseline != null;
        baseline = known ? baseline : new AgentBaseline(now);
        this.tenantId = agent.tenantId();
        this.agentId = agent.agentId();
        this.tenantKey = tenantKey;
        this.baseline = baseline;
        this.reads = reads;
        this.windows = windows;
        this.now = now;
    }

    @Override
    public boolean known() {
        return known;
    }

    @Override
    public long callsRecorded() {
        return baseline.calls(FactKind.AGENT, "");
    }

    @Override
    public Optional<Instant> firstSeen() {
        return baseline.firstSeen(FactKind.AGENT, "");
    }

    @Override
    public double typicalCallsPerMinute() {
        return baseline.typicalPerMinute(now, windows.volumeMillis());
    }

    @Override
    public List<PastCall> recentCalls(CallQuery query, Duration window, int limit) {
        return List.of();
    }

    @Override
    public long countCalls(CallQuery query, Duration window) {
        return query.equals(CallQuery.any()) ? baseline.callsWithin(now, window.toMillis()) : 0;
    }

    @Override
    public Optional<Instant> firstUseOf(String toolName, String operation) {
        return baseline.firstSeen(FactKind.OPERATION, BaselineFacts.bounded(toolName + " " + operation));
    }

    @Override
    public Optional<Instant> firstCallTo(String host) {
        return baseline.firstSeen(FactKind.HOST, BaselineFacts.bounded(host));
    }

    @Override
    public Optional<Instant> firstUseOfTool(String toolName) {
        return baseline.firstSeen(FactKind.TOOL, BaselineFacts.bounded(toolName));
    }

    @Override
    public ValueHash keyedHash(String value) {
        return TenantValueHashes.of(tenantKey, value);
    }

    @Override
    public List<PastCall> callsThatRead(ValueHash hash, Duration window) {
        List<ReadValue> found = reads.readsOf(tenantId, hash.hex(), readerScope(), since(window));
        return found.isEmpty() ? List.of() : found.stream().map(RecordedHistory::pastCall).toList();
    }

    @Override
    public Optional<PastCall> lastCallThatRead(ValueHash hash, Duration window) {
        return reads.newestRead(tenantId, hash.hex(), readerScope(), since(window)).map(RecordedHistory::pastCall);
    }

    /** Whose reads count: the agent's own, or (null) any agent's of the tenant. */
    private String readerScope() {
        return windows.tenantScope() ? null : agentId;
    }

    /** The start of {@code window} before this call, no earlier than the reads kept. */
    private long since(Duration window) {
        return now - Math.min(window.toMillis(), windows.readMillis());
    }

    private static PastCall pastCall(ReadValue read) {
        return new PastCall(Instant.ofEpochMilli(read.readAt()), read.toolName(), read.operation(), read.host(),
                Verb.READ, read.sourceTraceId());
    }

    /** Never the tenant's key. */
    @Override
    public String toString() {
        return "RecordedHistory";
    }
}
