package io.interven.gateway.ratelimit;

import java.time.Clock;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * A fixed-window counter per tenant and minute, kept in the database so that every node sharing it counts against
 * one budget. A scan is counted by one conditional UPDATE that never raises the count past the budget, so a budget
 * of N lets exactly N scans of a window through, however many threads and nodes race. Costs one statement per
 * counted scan; the first scan of a tenant's minute also opens the window (and drops the tenant's older ones), and
 * a refused scan reads the window once to tell "used up" from "not opened yet".
 */
public class TenantRateLimiter {
    static final long WINDOW_MILLIS = 60_000;
    private static final int ATTEMPTS = 4;

    private final Jdbi jdbi;
    private final int defaultBudget;
    private final Clock clock;

    public TenantRateLimiter(Jdbi jdbi, int defaultBudget, Clock clock) {
        this.jdbi = jdbi;
        this.defaultBudget = defaultBudget;
        this.clock = clock;
    }

    /** Counts one scan of the tenant, or refuses it when the tenant's budget for this minute is used up. */
    public RateDecision take(UUID tenantId) {
        long now = clock.millis();
        long windowStart = now - Math.floorMod(now, WINDOW_MILLIS);
        long retryAfterSeconds = Math.max(1, (windowStart + WINDOW_MILLIS - now + 999) / 1000);
        return jdbi.withExtension(RateWindowDao.class, dao -> {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                var counted = dao.take(tenantId, windowStart, defaultBudget);
                if (counted.isPresent()) {
                    WindowCount count = counted.get();
                    return new RateDecision(true, count.budget(), Math.max(0, count.budget() - count.used()),
                            retryAfterSeconds);
                }
                var current = dao.find(tenantId, windowStart, defaultBudget);
                if (current.isPresent() && current.get().used() >= current.get().budget()) {
                    return new RateDecision(false, current.get().budget(), 0, retryAfterSeconds);
                }
                if (current.isEmpty()) {
                    open(dao, tenantId, windowStart);
                }
            }
            throw new IllegalStateException("the rate window could not be counted");
        });
    }

    private static void open(RateWindowDao dao, UUID tenantId, long windowStart) {
        dao.closeBefore(tenantId, windowStart);
        try {
            dao.open(tenantId, windowStart);
        } catch (UnableToExecuteStatementException anotherScanOpenedItFirst) {
            // counted on the next attempt
        }
    }
}
