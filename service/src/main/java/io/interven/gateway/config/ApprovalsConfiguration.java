package io.interven.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotNull;

/** Human approvals of REQUIRE_APPROVAL decisions. */
public class ApprovalsConfiguration {
    /** How long an approval stays pending (or, once approved, usable) before it expires. */
    @NotNull
    @JsonProperty
    public Duration ttl = Duration.minutes(15);
}
