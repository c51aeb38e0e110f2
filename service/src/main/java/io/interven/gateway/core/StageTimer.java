package io.interven.gateway.core;

/**
 * Takes the time one part of a scan took. Recording never fails what it measures: {@link #lap} swallows a failing
 * timer, and an implementation must not throw either.
 */
@FunctionalInterface
public interface StageTimer {
    /** A timer that records nothing (benchmarks, the corpus evaluator, unit tests). */
    StageTimer NONE = nanos -> {
    };

    /** Records one run of {@code nanos} nanoseconds. */
    void record(long nanos);

    /**
     * Records the time since {@code startNanos} (a {@link System#nanoTime()} reading) and answers the reading it
     * ended at, so that consecutive stages can be timed one after the other.
     */
    default long lap(long startNanos) {
        long now = System.nanoTime();
        try {
            record(now - startNanos);
        } catch (RuntimeException failure) {
            // a metric is never worth a scan
        }
        return now;
    }
}
