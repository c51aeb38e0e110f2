package io.interven.gateway.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.interven.spi.SignalResult;

/** A risk signal that fired. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SignalView(String signalId, String reasonCode, double weight, String detail) {
    public static SignalView of(SignalResult signal) {
        return new SignalView(signal.signalId(), signal.reasonCode(), signal.weight(), signal.detail());
    }
}
