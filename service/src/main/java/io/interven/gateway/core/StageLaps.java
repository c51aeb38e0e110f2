package io.interven.gateway.core;

import java.util.EnumMap;
import java.util.Map;

/** The stage timers of a scan, resolved once: a stage's time is taken as a lap from the end of the one before. */
final class StageLaps {
    private final Map<ScanStage, StageTimer> timers = new EnumMap<>(ScanStage.class);

    StageLaps(ScanMeters meters) {
        for (ScanStage stage : ScanStage.values()) {
            StageTimer timer;
            try {
                timer = meters.stage(stage);
            } catch (RuntimeException failure) {
                timer = null;
            }
            timers.put(stage, timer == null ? StageTimer.NONE : timer);
        }
    }

    /** Records {@code stage} as having run since {@code startNanos}; answers when it ended. */
    long lap(ScanStage stage, long startNanos) {
        return timers.get(stage).lap(startNanos);
    }
}
