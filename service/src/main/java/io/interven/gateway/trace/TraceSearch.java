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

    /** The traces the query asks for, newest first; one agent's through the index of each agent's traces. */
    public List<TraceRecord> find(TraceQuery query) {
        return query.agentId() == null ? traces.search(query) : traces.searchOfAgent(query);
    }
}
