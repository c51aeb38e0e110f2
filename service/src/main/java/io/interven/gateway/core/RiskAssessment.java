package io.interven.gateway.core;

import io.interven.gateway.policy.RiskBand;
import java.util.List;

/**
 * A risk score in [0, 1], its band, and the evidence it was made of ({@link RiskScorer} explains the split): the
 * data classes found first, then the fired signals in the order they fired.
 */
public record RiskAssessment(double score, RiskBand band, List<RiskFactor> factors) {
    public RiskAssessment {
        factors = factors == null ? List.of() : List.copyOf(factors);
    }

    /** A score without evidence to show (a failed scan). */
    public RiskAssessment(double score, RiskBand band) {
        this(score, band, List.of());
    }

    /** The contributions of the fired signals, in the order they fired. */
    public List<Double> signalContributions() {
        return factors.stream().filter(f -> RiskFactor.SIGNAL.equals(f.kind())).map(RiskFactor::contribution)
                .toList();
    }
}
