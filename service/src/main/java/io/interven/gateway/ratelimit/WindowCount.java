package io.interven.gateway.ratelimit;

/** A tenant's count in one window: scans counted so far and the budget they were counted against. */
public record WindowCount(int used, int budget) {
}
