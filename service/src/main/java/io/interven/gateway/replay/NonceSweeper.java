package io.interven.gateway.replay;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired nonces, run on a schedule (every replay window). Each node sweeps; a delete finds what is left, so
 * several nodes sweeping at once only share the work. A failed sweep is logged and the next one catches up.
 */
public class NonceSweeper implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(NonceSweeper.class);

    private final NonceStore store;
    private final Clock clock;

    public NonceSweeper(NonceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void run() {
        try {
            store.sweep(clock.millis());
        } catch (RuntimeException e) {
            LOG.warn("expired nonces were not swept this time: {}", e.getClass().getSimpleName());
        }
    }
}
