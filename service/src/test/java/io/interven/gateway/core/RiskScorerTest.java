package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.config.RiskConfiguration;
import io.interven.gateway.policy.RiskBand;
import io.interven.spi.DataClasses;
import io.interven.spi.SignalResult;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskScorerTest {
    private final RiskScorer scorer = new RiskScorer(new RiskConfiguration());

    /** The score and band, without the factors. */
    static RiskAssessment scoreOf(RiskAssessment risk) {
        return new RiskAssessment(risk.score(), risk.band());
    }

    static SignalResult signal(double weight) {
        return new SignalResult("s", "SIGNAL", weight, "");
    }

    @Test
    void noEvidenceIsZeroAndLow() {
        assertThat(scoreOf(scorer.assess(List.of(), List.of()))).isEqualTo(new RiskAssessment(0.0, RiskBand.LOW));
    }

    @Test
    void dataClassesUseTheirConfiguredWeights() {
        assertThat(scoreOf(scorer.assess(List.of(DataClasses.SECRETS), List.of())))
                .isEqualTo(new RiskAssessment(0.45, RiskBand.MEDIUM));
        assertThat(scoreOf(scorer.assess(List.of(DataClasses.PII), List.of())))
                .isEqualTo(new RiskAssessment(0.25, RiskBand.LOW));
        assertThat(scoreOf(scorer.assess(List.of("FINANCIAL"), List.of())).score()).isEqualTo(0.25);
    }

    @Test
    void weightsCombineAsIndependentProbabilities() {
        assertThat(scoreOf(scorer.assess(List.of(DataClasses.SECRETS, DataClasses.PII), List.of())).score())
                .isEqualTo(0.5875);
        assertThat(scoreOf(scorer.assess(List.of(DataClasses.SECRETS), List.of(signal(0.7)))))
                .isEqualTo(new RiskAssessment(0.835, RiskBand.HIGH));
        assertThat(scoreOf(scorer.assess(List.of(DataClasses.SECRETS), List.of(signal(0.8)))))
                .isEqualTo(new RiskAssessment(0.89, RiskBand.CRITICAL));
    }

    @Test
    void manySignalsNeverPassOne() {
        RiskAssessment risk = scorer.assess(List.of(DataClasses.SECRETS, DataClasses.PII),
                Collections.nCopies(50, signal(0.9)));

        assertThat(risk.score()).isEqualTo(1.0);
        assertThat(risk.band()).isEqualTo(RiskBand.CRITICAL);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0.2999, LOW", "0.30, MEDIUM", "0.5999, MEDIUM", "0.60, HIGH", "0.8499, HIGH", "0.85, CRITICAL",
            "1.0, CRITICAL"})
    void bandsStartAtTheirThresholds(double weight, RiskBand band) {
        assertThat(scoreOf(scorer.assess(List.of(), List.of(signal(weight))))).isEqualTo(new RiskAssessment(weight, band));
    }

    @Test
    void configuredThresholdsAndWeightsAreUsed() {
        RiskConfiguration config = new RiskConfiguration();
        config.mediumFrom = 0.1;
        config.highFrom = 0.2;
        config.criticalFrom = 0.5;
        config.piiWeight = 0.5;

        RiskScorer custom = new RiskScorer(config);

        assertThat(custom.assess(List.of(DataClasses.PII), List.of()).band()).isEqualTo(RiskBand.CRITICAL);
        assertThat(custom.assess(List.of(), List.of(signal(0.15))).band()).isEqualTo(RiskBand.MEDIUM);
    }

    @Test
    void contributionsAddUpToTheScoreAndFollowTheEvidenceNotTheOrder() {
        SignalResult threat = new SignalResult("threat-intel", "THREAT_INTEL", 0.75, "");
        SignalResult external = new SignalResult("external-principal", "EXTERNAL_PRINCIPAL", 0.2, "");

        RiskAssessment one = scorer.assess(List.of(DataClasses.SECRETS), List.of(threat, external));
        RiskAssessment other = scorer.assess(List.of(DataClasses.SECRETS), List.of(external, threat));

        assertThat(one.score()).isEqualTo(0.89);
        assertThat(one.factors()).extracting(RiskFactor::kind).containsExactly(RiskFactor.DATA_CLASS,
                RiskFactor.SIGNAL, RiskFactor.SIGNAL);
        assertThat(one.factors()).extracting(RiskFactor::name).containsExactly("SECRETS", "THREAT_INTEL",
                "EXTERNAL_PRINCIPAL");
        assertThat(one.factors().stream().mapToDouble(RiskFactor::contribution).sum())
                .isCloseTo(one.score(), org.assertj.core.data.Offset.offset(0.0003));
        // -ln(1 - w): 0.598 (secrets), 1.386 (threat), 0.223 (external), of 2.207 in all
        assertThat(one.factors()).extracting(RiskFactor::contribution).containsExactly(0.2411, 0.559, 0.09);
        assertThat(one.signalContributions()).containsExactly(0.559, 0.09);
        assertThat(other.signalContributions()).containsExactly(0.09, 0.559);
    }

    @Test
    void aCertainPieceTakesTheWholeScore() {
        RiskAssessment risk = scorer.assess(List.of(DataClasses.PII), List.of(signal(1.0), signal(1.0)));

        assertThat(risk.score()).isEqualTo(1.0);
        assertThat(risk.factors()).extracting(RiskFactor::contribution).containsExactly(0.0, 0.5, 0.5);
    }

    @Test
    void noEvidenceHasNoFactors() {
        assertThat(scorer.assess(List.of(), List.of()).factors()).isEmpty();
        assertThat(scorer.assess(List.of(), List.of(signal(0.0))).factors()).extracting(RiskFactor::contribution)
                .containsExactly(0.0);
    }
}
