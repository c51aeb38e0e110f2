package io.interven.gateway.core;

import io.interven.gateway.policy.Decision;

/**
 * What the gateway measures of its scans: a timer per stage and per detector, resolved once when the pipeline is
 * built, and a count of decisions by decision and tool. Only ids and types are ever handed over (a stage, a
 * detector id, a decision, a recognized tool's name), never a value of a call. Implementations must be cheap,
 * thread-safe, and must not throw.
 */
public interface ScanMeters {
    /** Measures nothing. */
    ScanMeters NONE = new ScanMeters() {
        @Override
        public StageTimer stage(ScanStage stage) {
            return StageTimer.NONE;
        }

        @Override
        public StageTimer detector(String detectorId) {
            return StageTimer.NONE;
        }

        @Override
        public void decided(Decision decision, String toolName) {
        }
    };

    StageTimer stage(ScanStage stage);

    /** The timer of one detector, by the detector's id. */
    StageTimer detector(String detectorId);

    /**
     * Counts one answered scan. {@code toolName} is the recognized tool's name (from a tool recognizer or the
     * gateway itself), or null when the scan failed before its tool was known.
     */
    void decided(Decision decision, String toolName);
}
