package io.interven.gateway.server;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of request bodies the server may hold while it waits for the rest of them ({@link BodyReadAhead}),
 * across all connections: a client that sends most of a body and stalls costs memory, not a thread, and this bounds
 * that memory. A body's bytes are taken when it has to wait for more of them (a body read without waiting takes
 * nothing), and given back when its request is answered or refused.
 */
public final class ReadAheadBudget {
    private final long capacity;
    private final AtomicLong held = new AtomicLong();

    public ReadAheadBudget(long capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("a read-ahead budget must be positive");
        }
        this.capacity = capacity;
    }

    /** Takes {@code bytes} when they fit; false (and nothing taken) when they do not. */
    public boolean take(long bytes) {
        while (true) {
            long now = held.get();
            if (now + bytes > capacity) {
                return false;
            }
            if (held.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    public void giveBack(long bytes) {
        held.addAndGet(-bytes);
    }

    /** The bytes held now, for the metrics. */
    public long held() {
        return held.get();
    }

    public long capacity() {
        return capacity;
    }
}
