package io.interven.gateway.metrics;

import io.interven.gateway.core.StageTimer;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/** A {@link StageTimer} over a Micrometer timer that swallows any failure of the timer. */
final class SafeTimer implements StageTimer {
    private final Timer timer;

    SafeTimer(Timer timer) {
        this.timer = timer;
    }

    @Override
    public void record(long nanos) {
        try {
            timer.record(nanos, TimeUnit.NANOSECONDS);
        } catch (RuntimeException | LinkageError failure) {
            // a metric is never worth a scan
        }
    }
}
