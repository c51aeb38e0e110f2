package io.interven.gateway.ratelimit;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed-window counter per tenant and minute, kept in the database so that every node sharing it counts against
 * one budget. Scans are counted by a conditional UPDATE that never raises the count past the budget, so however many
 * threads and nodes race, no more than the budget's scans of a window get through.
 *
 * <p>A node takes scans of the budget in {@link ScanLease leases}: one scan at a time while a tenant scans slowly
 * (one statement per scan, as exact as a counter can be), up to {@value ScanLease#MAX_SIZE} at a time while it scans
 * quickly, and never more than a sixteenth of what is left, so that near the end of a budget every node takes one
 * scan at a time again. A lease of {@value ScanLease#AHEAD_FROM} or more is taken again once half of it is used, by
 * the scan that used that half, outside the lock, so that the tenant's other scans do not wait for the database;
 * a scan that finds the lease empty meanwhile waits for that refill rather than taking scans of its own, so that a
 * node has one statement of a tenant's window under way at a time and each answer counts its own scan.
 * What a lease holds is counted in the database when it is taken; a node that holds scans it does not use when the
 * window ends has refused nothing it should have let through on its own, but another node may have been refused
 * while it held them (per node, at most half a lease and a sixteenth of what was left). A lowered budget holds from
 * each node's next lease. The first scan of a tenant's minute also opens the window (and drops the tenant's older
 * ones), and a refused scan reads the window once to tell "used up" from "not opened yet".
 */
public class TenantRateLimiter {
    private static final Logger LOG = LoggerFactory.getLogger(TenantRateLimiter.class);
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
        ScanLease lease = leaseOf(tenantId);
        RateDecision decision;
        int refill;
        long windowStart;
        long retryAfterSeconds;
        synchronized (lease) {
            windowStart = lease.enter(now - Math.floorMod(now, WINDOW_MILLIS));
            retryAfterSeconds = Math.max(1, (windowStart + WINDOW_MILLIS - now + 999) / 1000);
            while (!lease.takeOne()) {
                if (!lease.refilling()) {
                    return takeFromDatabase(tenantId, windowStart, lease.nextSize(now), lease, retryAfterSeconds);
                }
                awaitRefill(lease); // one take of the tenant's window at a time per node: its answer comes first
            }
            decision = new RateDecision(true, lease.budget(), lease.remaining(), retryAfterSeconds);
            refill = lease.startRefill(now);
        }
        if (refill > 0) {
            refill(tenantId, windowStart, refill, lease);
        }
        return decision;
    }

    private static void awaitRefill(ScanLease lease) {
        try {
            lease.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the tenant's next scans were taken", e);
        }
    }

    /**
     * Takes the tenant's next lease ahead of time, outside the lease's lock: the scan that started it was already
     * counted, and the tenant's other scans use what is left of the lease meanwhile. A window used up or not open
     * grants nothing here (the scan that finds the lease empty then learns why, waiting for the database); a failure
     * is logged and pauses refills until such a scan succeeds, so that a database that is down costs each scan no
     * refill attempt.
     */
    private void refill(UUID tenantId, long windowStart, int wanted, ScanLease lease) {
        WindowCount count = null;
        boolean failed = true;
        try {
            count = jdbi.withExtension(RateWindowDao.class,
                    dao -> dao.take(tenantId, windowStart, defaultBudget, wanted)).orElse(null);
            failed = false;
        } catch (RuntimeException e) {
            LOG.warn("could not take the next scans of a tenant's rate window ahead of time ({}); the next take waits"
                    + " for the database", e.getClass().getSimpleName());
        } finally {
            synchronized (lease) {
                lease.refilled(windowStart, count, failed);
                lease.notifyAll();
            }
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
