package io.interven.gateway.history;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One agent's baseline in memory: its facts (first seen, last seen, calls) and its calls per minute. Fed by this
 * node's own recordings at once and by the database (its load, then the periodic refresh). Rows merge by keeping the
 * earliest first-seen, the latest last-seen and the larger count, which makes a merge idempotent and lets every
 * node converge on the database's sums once the writers have written. Thread-safe.
 */
final class AgentBaseline {
    private static final long MINUTE = 60_000;

    private record Fact(long firstSeen, long lastSeen, long calls) {
        Fact merged(long first, long last, long count) {
            return new Fact(Math.min(firstSeen, first), Math.max(lastSeen, last), Math.max(calls, count));
        }
    }

    private final Map<String, Fact> facts = new HashMap<>();
    private final TreeMap<Long, Long> minutes = new TreeMap<>();
    /**
     * The calls and the minutes with calls among {@code [typicalFrom, typicalTo)}, the minutes {@link #typicalPerMinute}
     * last read, kept while {@code typicalKept}. Every change to one of those minutes (a recording, a merged row from
     * another node, a prune) is applied to them as it happens, and when the clock moves on the window's sums take the
     * minutes that entered it and give back those that left it: a scan reads the usual rate in a few steps, never
     * summing up to a week of minutes.
     */
    private boolean typicalKept;
    private long typicalCalls;
    private long typicalMinutes;
    private long typicalFrom;
    private long typicalTo;
    private volatile boolean loaded;
    private volatile long lastUsed;

    AgentBaseline(long now) {
        this.lastUsed = now;
    }

    boolean loaded() {
        return loaded;
    }

    void markLoaded() {
        loaded = true;
    }

    long lastUsed() {
        return lastUsed;
    }

    void touch(long now) {
        lastUsed = now;
    }

    /** This node's own call, applied at once, as the writer will add it to the database. */
    synchronized void record(RecordedCall call) {
        for (FactRow fact : BaselineFacts.of(call)) {
            facts.merge(FactKind.ofStored(fact.kind()).key(fact.name()), new Fact(call.at(), call.at(), 1),
                    (known, more) -> new Fact(Math.min(known.firstSeen(), call.at()),
                            Math.max(known.lastSeen(), call.at()), known.calls() + 1));
        }
        long minute = minuteOf(call.at());
        boolean added = !minutes.containsKey(minute);
        minutes.merge(minute, 1L, Long::sum);
        changed(minute, added, 1);
    }

    synchronized void merge(FactRow row) {
        String key = FactKind.ofStored(row.kind()).key(row.name());
        Fact known = facts.get(key);
        facts.put(key, known == null ? new Fact(row.firstSeen(), row.lastSeen(), row.calls())
                : known.merged(row.firstSeen(), row.lastSeen(), row.calls()));
    }

    synchronized void merge(VolumeRow row) {
        Long before = minutes.get(row.minuteStart());
        long after = minutes.merge(row.minuteStart(), row.calls(), Math::max);
        changed(row.minuteStart(), before == null, after - (before == null ? 0 : before));
    }

    /** Applies a change of {@code minute} (new to the map, or its count moved by {@code delta}) to the kept sums. */
    private void changed(long minute, boolean added, long delta) {
        if (typicalKept && minute >= typicalFrom && minute < typicalTo) {
            typicalCalls += delta;
            typicalMinutes += added ? 1 : 0;
        }
    }

    synchronized Optional<Instant> firstSeen(FactKind kind, String name) {
        Fact fact = facts.get(kind.key(name));
        return fact == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(fact.firstSeen()));
    }

    synchronized long calls(FactKind kind, String name) {
        Fact fact = facts.get(kind.key(name));
        return fact == null ? 0 : fact.calls();
    }

    /** Calls in the minutes that overlap the {@code windowMillis} before {@code now} (rounded out to whole minutes). */
    synchronized long callsWithin(long now, long windowMillis) {
        long from = minuteOf(now - windowMillis);
        long calls = 0;
        for (long inMinute : minutes.tailMap(from, true).values()) {
            calls += inMinute;
        }
        return calls;
    }

    /** Mean calls per minute over the minutes with calls, within {@code windowMillis} and before this minute. */
    synchronized double typicalPerMinute(long now, long windowMillis) {
        long from = minuteOf(now - windowMillis);
        long current = minuteOf(now);
        if (!typicalKept || from < typicalFrom || current < typicalTo || from >= typicalTo) {
            // first read, the clock went back, or the window moved past all it held: sum it afresh
            typicalCalls = 0;
            typicalMinutes = 0;
            add(minutes.subMap(from, true, current, false), 1);
        } else {
            add(minutes.subMap(typicalFrom, true, from, false), -1);
            add(minutes.subMap(typicalTo, true, current, false), 1);
        }
        typicalKept = true;
        typicalFrom = from;
        typicalTo = current;
        return typicalMinutes == 0 ? 0 : typicalCalls / (double) typicalMinutes;
    }

    private void add(Map<Long, Long> span, int sign) {
        for (long inMinute : span.values()) {
            typicalCalls += sign * inMinute;
            typicalMinutes += sign;
        }
    }

    /** Forgets the minutes older than the volume window. */
    synchronized void pruneMinutes(long oldestKept) {
        long cut = minuteOf(oldestKept);
        long keptEnd = Math.min(cut, typicalTo);
        if (typicalKept && typicalFrom < keptEnd) {
            add(minutes.subMap(typicalFrom, true, keptEnd, false), -1);
        }
        minutes.headMap(cut, false).clear();
    }

    static long minuteOf(long epochMillis) {
        return Math.floorDiv(epochMillis, MINUTE) * MINUTE;
    }

    static int hourOf(long epochMillis) {
        return (int) Math.floorMod(Math.floorDiv(epochMillis, 3_600_000L), 24L);
    }
}
