package io.interven.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Agent history: what the gateway records of each agent's calls (its baseline) and of the data its READ calls
 * returned (keyed hashes), how long it keeps them, and how the in-memory view the signals read is kept fresh.
 */
public class HistoryConfiguration {
    /** How often each node reads the facts other nodes wrote since its last refresh. */
    @NotNull
    @JsonProperty
    public Duration refreshInterval = Duration.seconds(2);

    /** How long a baseline fact (tool, operation, host, hour, the agent itself) is kept after it was last seen. */
    @NotNull
    @JsonProperty
    public Duration factRetention = Duration.days(90);

    /** How far back the per-minute call counts reach, over which an agent's usual rate is computed. */
    @NotNull
    @JsonProperty
    public Duration volumeWindow = Duration.days(7);

    /** How long the hashes of values an agent read are kept (and can be matched by a later write). */
    @NotNull
    @JsonProperty
    public Duration readValueWindow = Duration.hours(24);

    /** Whose reads a write is compared with: {@code agent} (the writing agent's own) or {@code tenant} (any agent's). */
    @NotNull
    @Pattern(regexp = "agent|tenant")
    @JsonProperty
    public String exfilScope = "agent";

    /** The most value hashes kept from one response (found values first, then text fragments). */
    @Min(1)
    @Max(10_000)
    @JsonProperty
    public int maxValuesPerResponse = 200;

    /** The most value hashes held in memory for all tenants; beyond it the oldest reads are forgotten first. */
    @Min(1)
    @JsonProperty
    public int maxCachedReadValues = 1_000_000;

    /** The most recordings (calls and reads) waiting to be written; beyond it recordings are dropped and counted. */
    @Min(1)
    @JsonProperty
    public int queueCapacity = 100_000;

    /** The longest a recording waits before its batch is written. */
    @NotNull
    @JsonProperty
    public Duration flushInterval = Duration.milliseconds(200);

    /** An agent whose baseline was not used for this long is dropped from memory (reloaded when it calls again). */
    @NotNull
    @JsonProperty
    public Duration idleEviction = Duration.hours(6);

    public boolean tenantScope() {
        return "tenant".equals(exfilScope);
    }
}
