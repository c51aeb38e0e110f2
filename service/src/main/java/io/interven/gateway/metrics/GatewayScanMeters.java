package io.interven.gateway.metrics;

import io.interven.gateway.core.ScanMeters;
import io.interven.gateway.core.ScanStage;
import io.interven.gateway.core.StageTimer;
import io.interven.gateway.policy.Decision;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The scan meters: the stage and detector timers ({@link ScanTimeHistograms}, collected straight into the Prometheus
 * registry) and the decision counters (Micrometer). A stage's timer exists from the start, a detector's once the
 * pipeline that runs it is built, so recording is a histogram update and nothing else.
 */
final class GatewayScanMeters implements ScanMeters {
    private final ScanTimeHistograms timers;
    private final DecisionCounters decisions;

    GatewayScanMeters(ScanTimeHistograms timers, MeterRegistry registry) {
        this.timers = timers;
        this.decisions = new DecisionCounters(registry);
    }

    @Override
    public StageTimer stage(ScanStage stage) {
        return timers.stage(stage);
    }

    @Override
    public StageTimer detector(String detectorId) {
        return timers.detector(detectorId);
    }

    @Override
    public void decided(Decision decision, String toolName) {
        decisions.count(decision, toolName);
    }
}
