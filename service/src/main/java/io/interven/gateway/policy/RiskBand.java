package io.interven.gateway.policy;

import io.interven.gateway.config.RiskConfiguration;

/** The band of a risk score, in increasing order. */
public enum RiskBand {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    public static RiskBand of(double score, RiskConfiguration thresholds) {
        if (score >= thresholds.criticalFrom) {
            return CRITICAL;
        }
        if (score >= thresholds.highFrom) {
            return HIGH;
        }
        if (score >= thresholds.mediumFrom) {
            return MEDIUM;
        }
        return LOW;
    }

    public boolean isAtLeast(RiskBand other) {
        return compareTo(other) >= 0;
    }
}
