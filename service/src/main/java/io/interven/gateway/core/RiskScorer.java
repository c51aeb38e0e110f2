package io.interven.gateway.core;

import io.interven.gateway.config.RiskConfiguration;
import io.interven.gateway.policy.RiskBand;
import io.interven.spi.DataClasses;
import io.interven.spi.SignalResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Combines what was found into one score. Each data class found and each fired signal is a piece of evidence with a
 * weight {@code w} in [0, 1]; they combine as independent probabilities (noisy-OR):
 * {@code score = 1 - (1 - w1)(1 - w2)...}, so the score never exceeds 1, grows with every piece, and no single kind
 * of evidence is counted twice.
 *
 * <p>Each piece's share of the score ({@link RiskFactor#contribution()}) is its part of the evidence measured in
 * log-odds of "nothing is wrong": {@code -ln(1 - w)}, which add up exactly as the probabilities multiply, so the
 * shares are {@code score * ln(1 - w_i) / sum ln(1 - w_j)}. They add up to the score and do not depend on the order
 * in which signals fired. A piece of weight 1 makes the score 1 on its own; such pieces share it equally.
 */
public class RiskScorer {
    private static final double ROUNDING = 10_000.0;
    private final RiskConfiguration config;

    public RiskScorer(RiskConfiguration config) {
        this.config = config;
    }

    public RiskAssessment assess(Collection<String> dataClasses, List<SignalResult> signals) {
        List<RiskFactor> pieces = new ArrayList<>();
        for (String dataClass : dataClasses) {
            pieces.add(new RiskFactor(RiskFactor.DATA_CLASS, dataClass, weightOf(dataClass), 0));
        }
        for (SignalResult signal : signals) {
            pieces.add(new RiskFactor(RiskFactor.SIGNAL, signal.reasonCode(), signal.weight(), 0));
        }
        double keep = 1.0;
        for (RiskFactor piece : pieces) {
            keep *= 1.0 - piece.weight();
        }
        double score = rounded(1.0 - keep);
        return new RiskAssessment(score, RiskBand.of(score, config), shared(pieces, score));
    }

    private static List<RiskFactor> shared(List<RiskFactor> pieces, double score) {
        long certain = pieces.stream().filter(p -> p.weight() >= 1.0).count();
        double evidence = 0;
        for (RiskFactor piece : pieces) {
            evidence += piece.weight() >= 1.0 ? 0 : -Math.log1p(-piece.weight());
        }
        List<RiskFactor> shared = new ArrayList<>(pieces.size());
        for (RiskFactor piece : pieces) {
            double share;
            if (certain > 0) {
                share = piece.weight() >= 1.0 ? score / certain : 0;
            } else {
                share = evidence == 0 ? 0 : score * -Math.log1p(-piece.weight()) / evidence;
            }
            shared.add(new RiskFactor(piece.kind(), piece.name(), piece.weight(), rounded(share)));
        }
        return shared;
    }

    private static double rounded(double value) {
        return Math.round(value * ROUNDING) / ROUNDING;
    }

    private double weightOf(String dataClass) {
        return switch (dataClass) {
            case DataClasses.SECRETS -> config.secretsWeight;
            case DataClasses.PII -> config.piiWeight;
            default -> config.otherClassWeight;
        };
    }
}
