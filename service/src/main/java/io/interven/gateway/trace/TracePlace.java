package io.interven.gateway.trace;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A place in the trace buffer, taken by a scan before it decides anything, so that a scan that is answered can
 * always leave its trace. It holds one trace: {@link #record} hands it over; {@link #close} gives the place back
 * when the scan ended without a trace (it was refused before it was answered). Once used, closing does nothing.
 */
public final class TracePlace implements AutoCloseable {
    private final Consumer<TraceRecord> keep;
    private final Runnable giveBack;
    private final AtomicBoolean used = new AtomicBoolean();

    /**
     * @param keep     takes the trace (into the buffer the place belongs to)
     * @param giveBack frees the place when no trace comes
     */
    public TracePlace(Consumer<TraceRecord> keep, Runnable giveBack) {
        this.keep = Objects.requireNonNull(keep);
        this.giveBack = Objects.requireNonNull(giveBack);
    }

    /** Hands the scan's trace over to be written; a place holds one trace only. */
    public void record(TraceRecord trace) {
        if (!used.compareAndSet(false, true)) {
            throw new IllegalStateException("this place already holds a trace");
        }
        keep.accept(Objects.requireNonNull(trace));
    }

    /** Gives the place back unless it holds a trace. */
    @Override
    public void close() {
        if (used.compareAndSet(false, true)) {
            giveBack.run();
        }
    }
}
