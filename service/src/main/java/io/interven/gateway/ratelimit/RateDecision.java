package io.interven.gateway.ratelimit;

/**
 * Whether one scan may run: the tenant's budget for the current minute, what is left of it after this scan, and
 * the seconds until the next window opens (the {@code Retry-After} of a refused scan).
 */
public record RateDecision(boolean allowed, int limit, int remaining, long retryAfterSeconds) {
}
