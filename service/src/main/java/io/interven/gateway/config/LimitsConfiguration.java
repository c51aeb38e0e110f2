package io.interven.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDataSize;
import io.dropwizard.validation.MinDuration;
import io.interven.gateway.request.BodyPace;
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

    /**
     * The least pace of a request body, after {@link #requestBodyGrace}: a slower body answers 408 and its connection
     * is closed. (Jetty's own minRequestDataPerSecond is left off: it counts from the first byte without grace and
     * fails small bodies read a few milliseconds late.)
     */
    @Min(0)
    @JsonProperty
    public int minRequestBodyBytesPerSecond = 1024;

    @NotNull
    @JsonProperty
    public Duration requestBodyGrace = Duration.seconds(5);

    /**
     * How long a client may take to send the request line and headers of one request; a connection still sending
     * them after this is closed (a byte now and then keeps the idle timeout from ever firing).
     */
    @NotNull
    @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
    @JsonProperty
    public Duration requestHeadTimeout = Duration.seconds(10);

    /**
     * How long a request body may take to arrive whole after its head, whatever its pace; a later one answers 408
     * and its connection is closed. 0 leaves only the pace.
     */
    @NotNull
    @JsonProperty
    public Duration requestBodyTimeout = Duration.seconds(30);

    /**
     * The memory for request bodies still arriving, across all connections: bodies are read whole before their
     * request is handled, without holding a thread, and a body that would take more answers 503 with Retry-After.
     */
    @NotNull
    @MinDataSize(1)
    @JsonProperty
    public DataSize readAheadBudget = DataSize.mebibytes(64);

    public BodyPace bodyPace() {
        return new BodyPace(minRequestBodyBytesPerSecond, requestBodyGrace.toMilliseconds());
    }

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
