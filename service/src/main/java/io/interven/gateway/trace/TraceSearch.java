package io.interven.gateway.trace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Reads a tenant's traces: one by id, or a list (of one environment or all) with optional filters. */
public class TraceSearch {
    private final TraceDao traces;

    public TraceSearch(Jdbi jdbi) {
        this.traces = jdbi.onDemand(TraceDao.class);
    }

    /** The trace, only when it belongs to the tenant. */
    public Optional<TraceRecord> find(UUID tenantId, UUID traceId) {
        return traces.find(tenantId, traceId);
    }

    public List<TraceRecord> find(TraceQuery query) {
        return traces.search(query);
    }
}
