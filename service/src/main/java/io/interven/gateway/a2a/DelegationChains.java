package io.interven.gateway.a2a;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The delegation chains of agent-to-agent messages, in the database so that every node sees every hop. A chain is
 * the ordered list of its hops (tenant, keyed chain id, depth from 1, from, to, time). A new hop is:
 * <ul>
 *   <li>the same hop again when the chain has a hop from the same sender to the same recipient (a message sent
 *       again, e.g. once its approval was granted): let through at that hop's depth, nothing recorded;</li>
 *   <li>{@code A2A_LOOP} when its recipient already appears earlier in the chain, as sender or recipient, or is its
 *       own sender (A to B to A; A to A);</li>
 *   <li>{@code A2A_CHAIN_DEPTH} when it would be hop number {@code maxDepth + 1} or later;</li>
 *   <li>otherwise recorded as the next hop. The depth is part of the primary key, so of two hops of one chain sent
 *       at once (on one node or two) only one takes a place; the other reads the chain again and is judged on it,
 *       so neither can slip past the limit.</li>
 * </ul>
 * A refused hop is not recorded. Hops are kept for {@code retention} and then swept ({@link #sweep()}).
 */
public class DelegationChains {
    private static final int ATTEMPTS = 16;

    private final Jdbi jdbi;
    private final int maxDepth;
    private final Duration retention;
    private final Clock clock;

    public DelegationChains(Jdbi jdbi, int maxDepth, Duration retention, Clock clock) {
        this.jdbi = jdbi;
        this.maxDepth = maxDepth;
        this.retention = retention;
        this.clock = clock;
    }

    /** Judges the hop {@code from -> to} of the tenant's chain {@code chainId} and records it when let through. */
    public ChainVerdict hop(UUID tenantId, String tenantSalt, String chainId, UUID from, UUID to) {
        String chainKey = ChainKey.of(tenantSalt, chainId);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<Hop> chain = jdbi.withExtension(HopDao.class, dao -> dao.chain(tenantId, chainKey));
            if (from.equals(to)) {
                return ChainVerdict.loop();
            }
            Optional<Hop> repeated = chain.stream()
                    .filter(h -> h.fromAgentId().equals(from) && h.toAgentId().equals(to)).findFirst();
            if (repeated.isPresent()) {
                return ChainVerdict.recorded(repeated.get().depth());
            }
            if (chain.stream().anyMatch(h -> h.fromAgentId().equals(to) || h.toAgentId().equals(to))) {
                return ChainVerdict.loop();
            }
            int depth = chain.isEmpty() ? 1 : chain.get(chain.size() - 1).depth() + 1;
            if (depth > maxDepth) {
                return ChainVerdict.tooDeep();
            }
            Hop hop = new Hop(tenantId, chainKey, depth, from, to, clock.millis());
            try {
                jdbi.useExtension(HopDao.class, dao -> dao.insert(hop));
                return ChainVerdict.recorded(depth);
            } catch (UnableToExecuteStatementException anotherHopTookThisPlace) {
                // read the chain again, with the hop that took this place
            }
        }
        throw new IllegalStateException("a2a chain hop could not be recorded");
    }

    /** Deletes hops older than the retention; answers how many. */
    public int sweep() {
        long before = clock.millis() - retention.toMillis();
        return jdbi.withExtension(HopDao.class, dao -> dao.deleteOlderThan(before));
    }
}
