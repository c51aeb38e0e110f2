package io.interven.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Request limits. Environment variables of the same meaning override these values. */
public class LimitsConfiguration {
    @Min(1024)
    @JsonProperty
    public int maxBodyBytes = 262_144;

    @Min(1)
    @JsonProperty
    public int replayWindowSeconds = 60;

    @Min(1)
    @JsonProperty
    public int rateLimitPerMinute = 60;

    /** How long one scan may run; past it the scan fails closed (DENY, PIPELINE_FAILURE). */
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    @JsonProperty
    public Duration scanBudget = Duration.seconds(2);

    /** Applies {@code MAX_BODY_BYTES}, {@code REPLAY_WINDOW_SEC} and {@code RATE_LIMIT_PER_MINUTE} when set. */
    public void applyEnvironment(Map<String, String> environment) {
        maxBodyBytes = positiveInt(environment, "MAX_BODY_BYTES", maxBodyBytes);
        replayWindowSeconds = positiveInt(environment, "REPLAY_WINDOW_SEC", replayWindowSeconds);
        rateLimitPerMinute = positiveInt(environment, "RATE_LIMIT_PER_MINUTE", rateLimitPerMinute);
    }

    private static int positiveInt(Map<String, String> environment, String name, int fallback) {
        String raw = environment.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be a positive integer, was " + raw);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a positive integer, was " + raw, e);
        }
    }
}
