package io.interven.gateway.core;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * The time budget of the scan running on this thread. The pipeline starts one per scan and checks it between its
 * stages; any code the scan calls (decoders, detector loops) may call {@link #checkpoint()}, which costs one
 * thread-local read and one clock read. Past the deadline the check throws, and the scan fails closed.
 */
public final class ScanDeadline implements AutoCloseable {
    /** No budget to speak of: a year. */
    public static final Duration UNBOUNDED = Duration.ofDays(365);
    public static final String COMPONENT = "scan budget";

    private static final ThreadLocal<ScanDeadline> CURRENT = new ThreadLocal<>();

    private final LongSupplier nanoClock;
    private final long deadline;
    private final ScanDeadline outer;

    private ScanDeadline(LongSupplier nanoClock, long deadline, ScanDeadline outer) {
        this.nanoClock = nanoClock;
        this.deadline = deadline;
        this.outer = outer;
    }

    /** Starts the budget of a scan on this thread; close it when the scan ends. */
    static ScanDeadline start(Duration budget, LongSupplier nanoClock) {
        ScanDeadline deadline = new ScanDeadline(nanoClock, nanoClock.getAsLong() + budget.toNanos(), CURRENT.get());
        CURRENT.set(deadline);
        return deadline;
    }

    /** Throws {@link ComponentFailure} ({@value #COMPONENT}) when the scan on this thread is past its budget. */
    public static void checkpoint() {
        ScanDeadline current = CURRENT.get();
        if (current != null) {
            current.check();
        }
    }

    void check() {
        if (nanoClock.getAsLong() - deadline > 0) {
            throw new ComponentFailure(COMPONENT, new TimeoutException());
        }
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
