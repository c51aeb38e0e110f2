package io.interven.gateway.ratelimit;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * A fixed-window counter per tenant and minute, kept in the database so that every node sharing it counts against
 * one budget. Scans are counted by a conditional UPDATE that never raises the count past the budget, so however many
 * threads and nodes race, no more than the budget's scans of a window get through.
 *
 * <p>A node takes scans of the budget in {@link ScanLease leases}: one scan at a time while a tenant scans slowly
 * (one statement per scan, as exact as a counter can be), up to {@value ScanLease#MAX_SIZE} at a time while it scans
 * quickly, and never more than a sixteenth of what is left, so that near the end of a budget every node takes one
 * scan at a time again. What a lease holds is counted in the database when it is taken; a node that holds scans it
 * does not use when the window ends has refused nothing it should have let through on its own, but another node may
 * have been refused while it held them (at most a sixteenth of what was left, per node). A lowered budget holds from
 * each node's next lease. The first scan of a tenant's minute also opens the window (and drops the tenant's older
 * ones), and a refused scan reads the window once to tell "used up" from "not opened yet".
 */
public class TenantRateLimiter {
    static final long WINDOW_MILLIS = 60_000;
    private static final int ATTEMPTS = 4;
    /** Beyond this many tenants with a lease, the leases start again empty (what they held is lost, never added). */
    static final int MAX_TENANTS = 100_000;

    private final Jdbi jdbi;
    private final int defaultBudget;
    private final Clock clock;
    private final Map<UUID, ScanLease> leases = new ConcurrentHashMap<>();

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
        ScanLease lease = leaseOf(tenantId);
        synchronized (lease) {
            lease.enter(windowStart);
            if (lease.takeOne()) {
                return new RateDecision(true, lease.budget(), lease.remaining(), retryAfterSeconds);
            }
            return takeFromDatabase(tenantId, windowStart, lease.nextSize(now), lease, retryAfterSeconds);
        }
    }

    private ScanLease leaseOf(UUID tenantId) {
        ScanLease lease = leases.get(tenantId);
        if (lease != null) {
            return lease;
        }
        if (leases.size() >= MAX_TENANTS) {
            leases.clear();
        }
        return leases.computeIfAbsent(tenantId, id -> new ScanLease());
    }

    private RateDecision takeFromDatabase(UUID tenantId, long windowStart, int wanted, ScanLease lease,
                                          long retryAfterSeconds) {
        return jdbi.withExtension(RateWindowDao.class, dao -> {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                var counted = dao.take(tenantId, windowStart, defaultBudget, wanted);
                if (counted.isPresent()) {
                    lease.granted(counted.get());
                    return new RateDecision(true, lease.budget(), lease.remaining(), retryAfterSeconds);
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
