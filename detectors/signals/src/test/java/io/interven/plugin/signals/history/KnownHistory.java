package io.interven.plugin.signals.history;

import io.interven.spi.AgentHistory;
import io.interven.spi.CallQuery;
import io.interven.spi.PastCall;
import io.interven.spi.ValueHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A hand-filled agent history, as the gateway would answer it from its records. */
final class KnownHistory implements AgentHistory {
    private final boolean known;
    private final long calls;
    private final Instant firstSeen;
    private final Set<String> operations = new HashSet<>();
    private final Set<String> tools = new HashSet<>();
    private final Set<String> hosts = new HashSet<>();
    private final Map<ValueHash, List<PastCall>> reads = new HashMap<>();
    private long lastMinute;
    private double typical;

    KnownHistory(boolean known, long calls, Instant firstSeen) {
        this.known = known;
        this.calls = calls;
        this.firstSeen = firstSeen;
    }

    KnownHistory used(String tool, String operation, String host) {
        operations.add(tool + " " + operation);
        tools.add(tool);
        hosts.add(host);
        return this;
    }

    KnownHistory rate(long callsInLastMinute, double typicalPerMinute) {
        this.lastMinute = callsInLastMinute;
        this.typical = typicalPerMinute;
        return this;
    }

    KnownHistory read(String comparableForm, PastCall call) {
        reads.put(keyedHash(comparableForm), List.of(call));
        return this;
    }

    @Override
    public boolean known() {
        return known;
    }

    @Override
    public long callsRecorded() {
        return calls;
    }

    @Override
    public Optional<Instant> firstSeen() {
        return Optional.ofNullable(firstSeen);
    }

    @Override
    public double typicalCallsPerMinute() {
        return typical;
    }

    @Override
    public List<PastCall> recentCalls(CallQuery query, Duration window, int limit) {
        return List.of();
    }

    @Override
    public long countCalls(CallQuery query, Duration window) {
        return query.equals(CallQuery.any()) ? lastMinute : 0;
    }

    @Override
    public Optional<Instant> firstUseOf(String toolName, String operation) {
        return operations.contains(toolName + " " + operation) ? Optional.of(firstSeen) : Optional.empty();
    }

    @Override
    public Optional<Instant> firstCallTo(String host) {
        return hosts.contains(host) ? Optional.of(firstSeen) : Optional.empty();
    }

    @Override
    public Optional<Instant> firstUseOfTool(String toolName) {
        return tools.contains(toolName) ? Optional.of(firstSeen) : Optional.empty();
    }

    @Override
    public ValueHash keyedHash(String value) {
        try {
            return new ValueHash(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("tenant-key:" + value).getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<PastCall> callsThatRead(ValueHash hash, Duration window) {
        return reads.getOrDefault(hash, List.of());
    }
}
