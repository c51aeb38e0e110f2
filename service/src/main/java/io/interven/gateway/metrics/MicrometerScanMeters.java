package io.interven.gateway.metrics;

import io.interven.gateway.core.ScanMeters;
import io.interven.gateway.core.ScanStage;
import io.interven.gateway.core.StageTimer;
import io.interven.gateway.policy.Decision;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The scan meters: {@code interven_scan_stage_seconds{stage}}, {@code interven_scan_detector_seconds{detector}} and
 * the decision counters. Every timer is registered once (a stage's at start, a detector's when the pipeline is
 * built), so recording is a histogram update and nothing else.
 */
final class MicrometerScanMeters implements ScanMeters {
    static final String STAGE = "interven.scan.stage";
    static final String DETECTOR = "interven.scan.detector";
    /** Bucket bounds of the timers: from tens of microseconds (a detector over a small call) to the scan budget. */
    private static final Duration[] BUCKETS = {Duration.ofNanos(50_000), Duration.ofNanos(100_000),
        Duration.ofNanos(250_000), Duration.ofNanos(500_000), Duration.ofMillis(1), Duration.ofNanos(2_500_000),
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2_500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry registry;
    private final Map<ScanStage, StageTimer> stages = new EnumMap<>(ScanStage.class);
    private final DecisionCounters decisions;

    MicrometerScanMeters(MeterRegistry registry) {
        this.registry = registry;
        this.decisions = new DecisionCounters(registry);
        for (ScanStage stage : ScanStage.values()) {
            stages.put(stage, new SafeTimer(Timer.builder(STAGE)
                    .description("Time spent in one stage of a scan request")
                    .tag("stage", stage.label())
                    .serviceLevelObjectives(BUCKETS)
                    .register(registry)));
        }
    }

    @Override
    public StageTimer stage(ScanStage stage) {
        return stages.get(stage);
    }

    @Override
    public StageTimer detector(String detectorId) {
        try {
            return new SafeTimer(Timer.builder(DETECTOR)
                    .description("Time one detector plugin spent over the fields of a call")
                    .tag("detector", detectorId)
                    .serviceLevelObjectives(BUCKETS)
                    .register(registry));
        } catch (RuntimeException failure) {
            return StageTimer.NONE;
        }
    }

    @Override
    public void decided(Decision decision, String toolName) {
        decisions.count(decision, toolName);
    }
}
