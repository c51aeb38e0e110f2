package io.interven.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How traces are written: in batches, off the request thread. */
public class TracesConfiguration {
    @Min(1)
    @JsonProperty
    public int batchSize = 200;

    @Min(100)
    @JsonProperty
    public int queueCapacity = 10_000;

    @NotNull
    @JsonProperty
    public Duration flushInterval = Duration.milliseconds(50);
}
