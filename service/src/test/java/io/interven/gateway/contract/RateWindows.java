package io.interven.gateway.contract;

import java.time.Duration;

/**
 * The rate limit counts per fixed minute of the clock. A test that spends a budget starts it early in a minute, so
 * that its requests all fall in one window (this waits; it asserts nothing about time).
 */
final class RateWindows {
    private static final long MINUTE_MILLIS = 60_000;
    private static final Duration ROOM_NEEDED = Duration.ofSeconds(20);

    private RateWindows() {
    }

    /** Returns when at least {@link #ROOM_NEEDED} is left of the current minute, waiting for the next if not. */
    static void awaitRoomInWindow() {
        long left = MINUTE_MILLIS - Math.floorMod(System.currentTimeMillis(), MINUTE_MILLIS);
        if (left < ROOM_NEEDED.toMillis()) {
            try {
                Thread.sleep(left + 50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
