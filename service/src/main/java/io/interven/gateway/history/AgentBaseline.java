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
     * The last answer of {@link #typicalPerMinute}, for the minutes {@code [typicalFrom, typicalTo)}; NaN when none is
     * kept. Those minutes are past, so the answer holds until one of them changes (a late recording, a merged row
     * from another node, a prune), which clears it, or the window moves on with the clock: a scan reads it at once
     * instead of summing up to a week of minutes.
     */
    private double typical = Double.NaN;
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
        minutes.merge(minute, 1L, Long::sum);
        changed(minute);
    }

    synchronized void merge(FactRow row) {
        String key = FactKind.ofStored(row.kind()).key(row.name());
        Fact known = facts.get(key);
        facts.put(key, known == null ? new Fact(row.firstSeen(), row.lastSeen(), row.calls())
                : known.merged(row.firstSeen(), row.lastSeen(), row.calls()));
    }

    synchronized void merge(VolumeRow row) {
        minutes.merge(row.minuteStart(), row.calls(), Math::max);
        changed(row.minuteStart());
    }

    /** Forgets the kept typical rate when {@code minute}, just changed, is one of those it was taken over. */
    private void changed(long minute) {
        if (minute >= typicalFrom && minute < typicalTo) {
            typical = Double.NaN;
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
        if (Double.isNaN(typical) || from != typicalFrom || current != typicalTo) {
            typical = meanPerMinute(from, current);
            typicalFrom = from;
            typicalTo = current;
        }
        return typical;
    }

    private double meanPerMinute(long from, long to) {
        Map<Long, Long> within = minutes.subMap(from, true, to, false);
        if (within.isEmpty()) {
            return 0;
        }
        long calls = 0;
        for (long inMinute : within.values()) {
            calls += inMinute;
        }
        return calls / (double) within.size();
    }

    /** Forgets the minutes older than the volume window. */
    synchronized void pruneMinutes(long oldestKept) {
        minutes.headMap(minuteOf(oldestKept), false).clear();
        typical = Double.NaN;
    }

    static long minuteOf(long epochMillis) {
        return Math.floorDiv(epochMillis, MINUTE) * MINUTE;
    }

    static int hourOf(long epochMillis) {
        return (int) Math.floorMod(Math.floorDiv(epochMillis, 3_600_000L), 24L);
    }
}
