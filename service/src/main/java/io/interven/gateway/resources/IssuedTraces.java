package io.interven.gateway.resources;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The owners of the traces this node answered most recently. Traces reach the database in batches, a moment after
 * the scan answered; this lets {@code POST /v1/scan/response} accept a {@code trace_id} at once (read-your-writes)
 * while still refusing ids of another tenant, environment or agent. Bounded: the oldest entries are forgotten
 * first, by which time their traces are stored.
 */
public final class IssuedTraces {
    /** Who a trace belongs to; {@code ephemeralKeyId} is the ephemeral key that made the call, null for none. */
    public record Owner(UUID tenantId, String envName, UUID agentId, UUID ephemeralKeyId) {
    }

    private final Map<UUID, Owner> owners;

    public IssuedTraces(int capacity) {
        this.owners = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Owner> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void remember(UUID traceId, Owner owner) {
        owners.put(traceId, owner);
    }

    synchronized Optional<Owner> owner(UUID traceId) {
        return Optional.ofNullable(owners.get(traceId));
    }
}
