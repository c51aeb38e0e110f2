package io.interven.gateway.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The keyed hashes of values agents read, by tenant and hash, in memory for the signals: this node's own reads at
 * once, the other nodes' by the periodic refresh. At most {@code capacity} reads are held; beyond it the reads held
 * longest are forgotten first. A read is found only within its own tenant.
 */
final class ReadValueCache {
    private record Held(UUID tenantId, String valueHash, UUID traceId) {
    }

    private static final Comparator<ReadValue> NEWEST_FIRST = Comparator.comparingLong(ReadValue::readAt).reversed();

    private final Map<UUID, Map<String, List<ReadValue>>> byTenant = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Held> order = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int capacity;

    ReadValueCache(int capacity) {
        this.capacity = capacity;
    }

    /** Holds {@code read}; a read already held (same tenant, hash and trace) is not held twice. */
    void add(ReadValue read) {
        Map<String, List<ReadValue>> hashes = byTenant.computeIfAbsent(read.tenantId(), t -> new ConcurrentHashMap<>());
        boolean[] added = {false};
        hashes.compute(read.valueHash(), (hash, reads) -> {
            List<ReadValue> list = reads == null ? new ArrayList<>(1) : reads;
            if (list.stream().noneMatch(r -> r.sourceTraceId().equals(read.sourceTraceId()))) {
                list.add(read);
                added[0] = true;
            }
            return list;
        });
        if (added[0]) {
            order.add(new Held(read.tenantId(), read.valueHash(), read.sourceTraceId()));
            if (size.incrementAndGet() > capacity) {
                Held oldest = order.poll();
                if (oldest != null) {
                    remove(oldest.tenantId(), oldest.valueHash(), r -> r.sourceTraceId().equals(oldest.traceId()));
                }
            }
        }
    }

    /**
     * The reads of {@code valueHash} in the tenant since {@code since} (epoch ms), newest first; only those of
     * {@code agentId} unless it is null (any agent of the tenant).
     */
    List<ReadValue> readsOf(UUID tenantId, String valueHash, String agentId, long since) {
        Map<String, List<ReadValue>> hashes = byTenant.get(tenantId);
        if (hashes == null || !hashes.containsKey(valueHash)) {
            return List.of();
        }
        List<ReadValue> found = new ArrayList<>();
        hashes.computeIfPresent(valueHash, (hash, reads) -> {
            for (ReadValue read : reads) {
                if (read.readAt() >= since && (agentId == null || agentId.equals(read.agentId()))) {
                    found.add(read);
                }
            }
            return reads;
        });
        found.sort(NEWEST_FIRST);
        return found;
    }

    /** Forgets the reads made before {@code before}. */
    void forgetBefore(long before) {
        for (Map<String, List<ReadValue>> hashes : byTenant.values()) {
            for (String hash : List.copyOf(hashes.keySet())) {
                hashes.computeIfPresent(hash, (h, reads) -> {
                    int was = reads.size();
                    reads.removeIf(r -> r.readAt() < before);
                    size.addAndGet(reads.size() - was);
                    return reads.isEmpty() ? null : reads;
                });
            }
        }
        order.removeIf(held -> !isHeld(held));
    }

    private boolean isHeld(Held held) {
        Map<String, List<ReadValue>> hashes = byTenant.get(held.tenantId());
        if (hashes == null) {
            return false;
        }
        List<ReadValue> reads = hashes.get(held.valueHash());
        return reads != null && reads.stream().anyMatch(r -> r.sourceTraceId().equals(held.traceId()));
    }

    private void remove(UUID tenantId, String valueHash, java.util.function.Predicate<ReadValue> which) {
        Map<String, List<ReadValue>> hashes = byTenant.get(tenantId);
        if (hashes != null) {
            hashes.computeIfPresent(valueHash, (h, reads) -> {
                int was = reads.size();
                reads.removeIf(which);
                size.addAndGet(reads.size() - was);
                return reads.isEmpty() ? null : reads;
            });
        }
    }

    int size() {
        return size.get();
    }
}
