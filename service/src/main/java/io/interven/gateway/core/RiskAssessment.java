package io.interven.gateway.core;

import io.interven.gateway.policy.RiskBand;

/** A risk score in [0, 1] and its band. */
public record RiskAssessment(double score, RiskBand band) {
}
