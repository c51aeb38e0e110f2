package io.interven.gateway.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.interven.gateway.core.RiskFactor;

/**
 * One piece of evidence of the answer's {@code risk_score}: a data class found ({@code kind: data_class}) or a
 * signal that fired ({@code kind: signal}), its weight, and its share of the score. The shares add up to the score.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RiskFactorView(String kind, String name, double weight, double contribution) {
    public static RiskFactorView of(RiskFactor factor) {
        return new RiskFactorView(factor.kind(), factor.name(), factor.weight(), factor.contribution());
    }
}
