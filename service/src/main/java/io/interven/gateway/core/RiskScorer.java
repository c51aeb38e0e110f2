package io.interven.gateway.core;

import io.interven.gateway.config.RiskConfiguration;
import io.interven.gateway.policy.RiskBand;
import io.interven.spi.DataClasses;
import io.interven.spi.SignalResult;
import java.util.Collection;
import java.util.List;

/**
 * Combines what was found into one score. Each data class found and each fired signal contributes a weight;
 * weights combine as independent probabilities ({@code 1 - prod(1 - w)}), so the score never exceeds 1 and no
 * single kind of evidence is counted twice.
 */
public class RiskScorer {
    private final RiskConfiguration config;

    public RiskScorer(RiskConfiguration config) {
        this.config = config;
    }

    public RiskAssessment assess(Collection<String> dataClasses, List<SignalResult> signals) {
        double keep = 1.0;
        for (String dataClass : dataClasses) {
            keep *= 1.0 - weightOf(dataClass);
        }
        for (SignalResult signal : signals) {
            keep *= 1.0 - signal.weight();
        }
        double score = Math.round((1.0 - keep) * 10_000) / 10_000.0;
        return new RiskAssessment(score, RiskBand.of(score, config));
    }

    private double weightOf(String dataClass) {
        return switch (dataClass) {
            case DataClasses.SECRETS -> config.secretsWeight;
            case DataClasses.PII -> config.piiWeight;
            default -> config.otherClassWeight;
        };
    }
}
