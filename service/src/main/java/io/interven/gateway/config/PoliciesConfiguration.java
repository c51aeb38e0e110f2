package io.interven.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotNull;

/** How long a node keeps an environment's policies before reading them again (changes on other nodes). */
public class PoliciesConfiguration {
    @NotNull
    @JsonProperty
    public Duration cacheTtl = Duration.seconds(2);
}
