package io.interven.gateway.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The keyed hashes of values agents read, by tenant and hash, in memory for the signals: this node's own reads at
 * once, the other nodes' by the periodic refresh. At most {@code capacity} reads are held; beyond it the reads held
 * longest are forgotten first. A read is found only within its own tenant.
 * <p>
 * An agent may read one record on every task, thousands of times a day, so the reads of a value are kept in the
 * order they were made, for the tenant and for each agent apart: the newest read since a time is the last of one
 * list, and a call that writes the value costs the same whoever read it how often.
 */
final class ReadValueCache {
    /** A read held, in the order reads were added (for the capacity). */
    private record Held(UUID tenantId, String valueHash, UUID traceId, String agentId, long readAt) {
    }

    /** The reads of one value in one tenant: all of them, and each agent's. Guarded by the map entry's lock. */
    private static final class ValueReads {
        final ReadsInTime all = new ReadsInTime();
        final Map<String, ReadsInTime> byAgent = new HashMap<>(2);

        ReadsInTime of(String agentId) {
            return agentId == null ? all : byAgent.get(agentId);
        }
    }

    private final Map<UUID, Map<String, ValueReads>> byTenant = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Held> order = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int capacity;

    ReadValueCache(int capacity) {
        this.capacity = capacity;
    }

    /** Holds {@code read}; a read already held (same tenant, hash and trace) is not held twice. */
    void add(ReadValue read) {
        Map<String, ValueReads> hashes = byTenant.computeIfAbsent(read.tenantId(), t -> new ConcurrentHashMap<>());
        boolean[] added = {false};
        hashes.compute(read.valueHash(), (hash, reads) -> {
            ValueReads value = reads == null ? new ValueReads() : reads;
            if (value.all.add(read)) {
                value.byAgent.computeIfAbsent(read.agentId(), a -> new ReadsInTime()).add(read);
                added[0] = true;
            }
            return value;
        });
        if (added[0]) {
            order.add(new Held(read.tenantId(), read.valueHash(), read.sourceTraceId(), read.agentId(), read.readAt()));
            if (size.incrementAndGet() > capacity) {
                Held oldest = order.poll();
                if (oldest != null) {
                    remove(oldest);
                }
            }
        }
    }

    /**
     * The reads of {@code valueHash} in the tenant since {@code since} (epoch ms), newest first; only those of
     * {@code agentId} unless it is null (any agent of the tenant).
     */
    List<ReadValue> readsOf(UUID tenantId, String valueHash, String agentId, long since) {
        List<ReadValue> found = new ArrayList<>();
        readIn(tenantId, valueHash, agentId, reads -> reads.newestFirstSince(since, found));
        return found;
    }

    /** The newest of {@link #readsOf}, without going through the others. */
    Optional<ReadValue> newestRead(UUID tenantId, String valueHash, String agentId, long since) {
        ReadValue[] newest = {null};
        readIn(tenantId, valueHash, agentId, reads -> newest[0] = reads.newestSince(since));
        return Optional.ofNullable(newest[0]);
    }

    /** Reads the reads of a value (the tenant's, or the agent's) under the value's lock, when any are held. */
    private void readIn(UUID tenantId, String valueHash, String agentId,
                        Consumer<ReadsInTime> reader) {
        Map<String, ValueReads> hashes = byTenant.get(tenantId);
        if (hashes == null || !hashes.containsKey(valueHash)) {
            return;
        }
        hashes.computeIfPresent(valueHash, (hash, value) -> {
            ReadsInTime reads = value.of(agentId);
            if (reads != null) {
                reader.accept(reads);
            }
            return value;
        });
    }

    /** Forgets the reads made before {@code before}. */
    void forgetBefore(long before) {
        for (Map<String, ValueReads> hashes : byTenant.values()) {
            for (String hash : List.copyOf(hashes.keySet())) {
                hashes.computeIfPresent(hash, (h, value) -> {
                    size.addAndGet(-value.all.removeBefore(before));
                    value.byAgent.values().removeIf(reads -> {
                        reads.removeBefore(before);
                        return reads.isEmpty();
                    });
                    return value.all.isEmpty() ? null : value;
                });
            }
        }
        order.removeIf(held -> held.readAt() < before);
    }

    private void remove(Held held) {
        Map<String, ValueReads> hashes = byTenant.get(held.tenantId());
        if (hashes != null) {
            hashes.computeIfPresent(held.valueHash(), (h, value) -> {
                if (value.all.remove(held.traceId(), held.readAt())) {
                    size.decrementAndGet();
                }
                ReadsInTime agent = value.byAgent.get(held.agentId());
                if (agent != null && agent.remove(held.traceId(), held.readAt()) && agent.isEmpty()) {
                    value.byAgent.remove(held.agentId());
                }
                return value.all.isEmpty() ? null : value;
            });
        }
    }

    int size() {
        return size.get();
    }
}
