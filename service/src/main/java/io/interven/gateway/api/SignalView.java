package io.interven.gateway.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.interven.spi.SignalResult;

/**
 * A risk signal that fired: its weight, and its share of the answer's {@code risk_score} ({@code contribution};
 * see {@code core/RiskScorer}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SignalView(String signalId, String reasonCode, double weight, double contribution, String detail) {
    public static SignalView of(SignalResult signal, double contribution) {
        return new SignalView(signal.signalId(), signal.reasonCode(), signal.weight(), contribution, signal.detail());
    }
}
