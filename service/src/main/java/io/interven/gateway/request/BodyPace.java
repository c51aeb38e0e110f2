package io.interven.gateway.request;

import java.util.concurrent.TimeUnit;

/**
 * The least pace a request body must keep: anything goes during {@code graceMillis}, after which the body must
 * have averaged {@code minBytesPerSecond} over the time beyond the grace. Unlike a plain rate over the whole read,
 * this never fails a small body that is read a moment late (a 20-byte body read 50 ms after its first byte).
 */
public record BodyPace(long minBytesPerSecond, long graceMillis) {
    public static final BodyPace NONE = new BodyPace(0, 0);

    public BodyPace {
        if (minBytesPerSecond < 0 || graceMillis < 0) {
            throw new IllegalArgumentException("pace must not be negative");
        }
    }

    /** True when {@code bytes} read {@code elapsedNanos} after the read began is slower than this pace. */
    public boolean tooSlow(long bytes, long elapsedNanos) {
        if (minBytesPerSecond == 0) {
            return false;
        }
        long beyondGraceMillis = TimeUnit.NANOSECONDS.toMillis(elapsedNanos) - graceMillis;
        return beyondGraceMillis > 0 && bytes < minBytesPerSecond * beyondGraceMillis / 1000;
    }
}
