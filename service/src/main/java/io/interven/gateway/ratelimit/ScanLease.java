package io.interven.gateway.ratelimit;

/**
 * The scans of one tenant's current window that this node has counted in the database and not used yet, and how
 * many to take next time. Its size doubles while leases run out quickly (within {@value #QUICK_MILLIS} ms of each
 * other) up to {@value #MAX_SIZE}, and halves back towards one otherwise.
 *
 * <p>A lease of {@value #AHEAD_FROM} scans or more is taken again ahead of time: once half of it is used, one scan
 * {@link #startRefill starts a refill}, which the limiter runs outside its lock, so that the tenant's other scans go
 * on using the other half meanwhile instead of waiting for the database. Smaller leases (a tenant scanning slowly)
 * are taken when they run out, one statement per scan as before. Not thread-safe: the limiter holds its lock.
 */
final class ScanLease {
    static final int MAX_SIZE = 256;
    static final long QUICK_MILLIS = 50;
    static final int AHEAD_FROM = 8;

    private long windowStart = Long.MIN_VALUE;
    private int left;
    private int size = 1;
    private long lastTakenAt = Long.MIN_VALUE;
    private int budget;
    private int usedInDatabase;
    /** A refill was started and has not been handed back yet. */
    private boolean refilling;
    /** The last refill failed: none is started again until a take that waits for the database succeeds. */
    private boolean refillsPaused;

    /**
     * Starts afresh when a later window began (what was left of the last one is gone with it), and answers the window
     * the lease is in. A scan that read the clock just before the minute turned, and comes in after another scan
     * entered the new window, is counted in the new one: the lease never goes back to an older window (that would drop
     * what it holds of the new one, and count in a window another node may already have closed).
     */
    long enter(long currentWindowStart) {
        if (currentWindowStart > windowStart) {
            windowStart = currentWindowStart;
            left = 0;
            size = 1;
            lastTakenAt = Long.MIN_VALUE;
            usedInDatabase = 0;
        }
        return windowStart;
    }

    /**
     * After a scan was used: how many scans the caller should take ahead of time now (outside the lock), or 0. One
     * refill at a time, and only for a lease of {@value #AHEAD_FROM} or more of which half is used.
     */
    int startRefill(long nowMillis) {
        if (refilling || refillsPaused || size < AHEAD_FROM || left > size / 2) {
            return 0;
        }
        refilling = true;
        return nextSize(nowMillis);
    }

    /** Whether a refill was started and is not back yet. */
    boolean refilling() {
        return refilling;
    }

    /**
     * The refill started for window {@code refillWindowStart} is back: {@code count} is what the database granted,
     * null when it granted nothing or failed ({@code failed}). What was granted for a window that has ended since is
     * dropped, as what is left of it.
     */
    void refilled(long refillWindowStart, WindowCount count, boolean failed) {
        refilling = false;
        refillsPaused = failed;
        if (count == null || refillWindowStart != windowStart) {
            return;
        }
        left += count.granted();
        remember(count);
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
        refillsPaused = false;
        left += Math.max(0, count.granted() - 1);
        remember(count);
    }

    /**
     * The window's count and budget as the database answered this take. A node has one take of a window under way at
     * a time (the limiter waits for a take ahead), so each answer is newer than the last.
     */
    private void remember(WindowCount count) {
        usedInDatabase = count.used();
        budget = count.budget();
    }

    int budget() {
        return budget;
    }

    /** What is left of the budget as this node knows it: not counted anywhere yet, plus what it holds. */
    int remaining() {
        return Math.max(0, budget - usedInDatabase + left);
    }
}
