package io.interven.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Agent-to-agent messages ({@code POST /v1/a2a/scan}): their delegation chains. */
public class A2aConfiguration {
    /** The most hops a chain may have; the next one answers DENY {@code A2A_CHAIN_DEPTH}. */
    @Min(1)
    @Max(1000)
    @JsonProperty
    public int maxChainDepth = 5;

    /** How long a chain's hops are kept (a chain idle longer starts again from its first hop). */
    @NotNull
    @JsonProperty
    public Duration chainRetention = Duration.hours(24);

    /** How often each node deletes hops past their retention. */
    @NotNull
    @JsonProperty
    public Duration sweepEvery = Duration.minutes(10);
}
