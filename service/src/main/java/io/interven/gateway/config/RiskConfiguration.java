package io.interven.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/** Band thresholds of the risk score: LOW below medium, MEDIUM below high, HIGH below critical, else CRITICAL. */
public class RiskConfiguration {
    @DecimalMin("0.0") @DecimalMax("1.0")
    @JsonProperty
    public double mediumFrom = 0.30;

    @DecimalMin("0.0") @DecimalMax("1.0")
    @JsonProperty
    public double highFrom = 0.60;

    @DecimalMin("0.0") @DecimalMax("1.0")
    @JsonProperty
    public double criticalFrom = 0.85;

    /** Weight a data class adds to the risk score when it is found in the data a call sends. */
    @DecimalMin("0.0") @DecimalMax("1.0")
    @JsonProperty
    public double secretsWeight = 0.45;

    @DecimalMin("0.0") @DecimalMax("1.0")
    @JsonProperty
    public double piiWeight = 0.25;

    /** Weight of any other data class a plugin reports. */
    @DecimalMin("0.0") @DecimalMax("1.0")
    @JsonProperty
    public double otherClassWeight = 0.25;
}
