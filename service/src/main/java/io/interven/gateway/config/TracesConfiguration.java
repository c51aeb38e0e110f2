package io.interven.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How traces are written: in batches, off the request thread, from a bounded buffer. */
public class TracesConfiguration {
    /** The most traces written in one statement batch. */
    @Min(1)
    @JsonProperty
    public int batchSize = 200;

    /**
     * The most traces of answered scans not yet written (reserved by a scan in progress, queued, or waiting for an
     * unreachable database). When all are taken, a scan answers 503 {@code TRACE_BUFFER_FULL}.
     */
    @Min(1)
    @JsonProperty
    public int queueCapacity = 10_000;

    /** The longest the oldest trace of a batch waits for the batch to fill before it is written. */
    @NotNull
    @JsonProperty
    public Duration flushInterval = Duration.milliseconds(50);
}
