package io.interven.gateway.trace;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/** Lists a tenant's traces (of one environment, or all) with optional filters. Only filters that are set become SQL conditions. */
public class TraceSearch {
    private final Jdbi jdbi;

    public TraceSearch(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<TraceRecord> find(TraceQuery query) {
        StringBuilder sql = new StringBuilder("SELECT * FROM traces WHERE tenant_id = :tenantId");
        if (query.envName() != null) {
            sql.append(" AND env_name = :envName");
        }
        if (query.agentId() != null) {
            sql.append(" AND agent_id = :agentId");
        }
        if (query.decision() != null) {
            sql.append(" AND decision = :decision");
        }
        if (query.sinceMillis() != null) {
            sql.append(" AND created_at >= :since");
        }
        sql.append(" ORDER BY created_at DESC, trace_id LIMIT :limit");
        return jdbi.withHandle(handle -> {
            Query q = handle.createQuery(sql.toString())
                    .bind("tenantId", query.tenantId())
                    .bind("limit", query.limit());
            if (query.envName() != null) {
                q.bind("envName", query.envName());
            }
            if (query.agentId() != null) {
                q.bind("agentId", query.agentId());
            }
            if (query.decision() != null) {
                q.bind("decision", query.decision());
            }
            if (query.sinceMillis() != null) {
                q.bind("since", query.sinceMillis());
            }
            return q.map(ConstructorMapper.of(TraceRecord.class)).list();
        });
    }
}
