package io.interven.gateway.ratelimit;

/**
 * The scans of one tenant's current window that this node has counted in the database and not used yet, and how
 * many to take next time. Its size doubles while leases run out quickly (within {@value #QUICK_MILLIS} ms of each
 * other) up to {@value #MAX_SIZE}, and halves back towards one otherwise. Not thread-safe: the limiter holds its lock.
 */
final class ScanLease {
    static final int MAX_SIZE = 64;
    static final long QUICK_MILLIS = 50;

    private long windowStart = Long.MIN_VALUE;
    private int left;
    private int size = 1;
    private long lastTakenAt = Long.MIN_VALUE;
    private int budget;
    private int usedInDatabase;

    /** Starts afresh when the window changed (what was left of the last one is gone with it). */
    void enter(long currentWindowStart) {
        if (windowStart != currentWindowStart) {
            windowStart = currentWindowStart;
            left = 0;
            size = 1;
            lastTakenAt = Long.MIN_VALUE;
        }
    }

    /** Uses one scan of the lease, when it has one. */
    boolean takeOne() {
        if (left == 0) {
            return false;
        }
        left--;
        return true;
    }

    /** How many scans to ask the database for now. */
    int nextSize(long nowMillis) {
        boolean quick = lastTakenAt != Long.MIN_VALUE && nowMillis - lastTakenAt < QUICK_MILLIS;
        size = quick ? Math.min(MAX_SIZE, size * 2) : Math.max(1, size / 2);
        lastTakenAt = nowMillis;
        return size;
    }

    /** The database granted {@code count.granted()} scans: one is used now, the rest kept. */
    void granted(WindowCount count) {
        budget = count.budget();
        usedInDatabase = count.used();
        left = Math.max(0, count.granted() - 1);
    }

    int budget() {
        return budget;
    }

    /** What is left of the budget as this node knows it: not counted anywhere yet, plus what it holds. */
    int remaining() {
        return Math.max(0, budget - usedInDatabase + left);
    }
}
