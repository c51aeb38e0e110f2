package io.interven.gateway.a2a;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes chain hops past their retention, run on a schedule. Each node sweeps; a delete finds what is left, so
 * several nodes sweeping at once only share the work. A failed sweep is logged and the next one catches up.
 */
public class HopSweeper implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(HopSweeper.class);

    private final DelegationChains chains;

    public HopSweeper(DelegationChains chains) {
        this.chains = chains;
    }

    @Override
    public void run() {
        try {
            chains.sweep();
        } catch (RuntimeException e) {
            LOG.warn("old a2a chain hops were not swept this time: {}", e.getClass().getSimpleName());
        }
    }
}
