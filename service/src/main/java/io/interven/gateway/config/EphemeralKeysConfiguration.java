package io.interven.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Min;

/** Ephemeral keys ({@code POST /v1/keys/ephemeral}): how long one may live at most. */
public class EphemeralKeysConfiguration {
    /** The largest {@code ttl_seconds} a mint request may ask for; a larger one answers 400. Default: one day. */
    @Min(1)
    @JsonProperty
    public long maxTtlSeconds = 86_400;
}
