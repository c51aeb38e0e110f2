package io.interven.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotNull;

/**
 * How stale what a node keeps in memory of the database may be: long-lived keys, tenants, agents, each environment's
 * policies and each tenant's own principals. A change made on another node (a key revoked, a policy applied, a
 * setting changed) holds on every node within {@code maxStaleness}; a change made on this node holds at once. Zero
 * keeps nothing (every scan reads them all). Rate limits, ephemeral-key uses and nonces are never cached.
 */
public class CachesConfiguration {
    @NotNull
    @JsonProperty
    public Duration maxStaleness = Duration.seconds(2);

    public java.time.Duration maxStaleness() {
        return java.time.Duration.ofMillis(maxStaleness.toMilliseconds());
    }
}
