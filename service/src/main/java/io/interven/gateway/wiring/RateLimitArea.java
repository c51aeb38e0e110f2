package io.interven.gateway.wiring;

import io.interven.gateway.ratelimit.TenantRateLimiter;
import io.interven.gateway.resources.RateLimitFilter;

/** The per-tenant rate limit of the scan endpoints, counted in the database that every node shares. */
public final class RateLimitArea {
    private RateLimitArea() {
    }

    /** @return the limit as a filter, also for scan endpoints answered in front of Jersey */
    public static RateLimitFilter wire(Foundation base) {
        RateLimitFilter limits = new RateLimitFilter(new TenantRateLimiter(base.jdbi(),
                base.config().limits.rateLimitPerMinute, base.clock()), base.metrics().rateLimitRefusals());
        base.register(limits);
        return limits;
    }
}
