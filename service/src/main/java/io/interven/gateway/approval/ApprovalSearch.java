package io.interven.gateway.approval;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/** Lists a tenant's approvals, of one environment or of all (envName null). Read only. */
public class ApprovalSearch {
    private final Jdbi jdbi;

    public ApprovalSearch(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Pending, unexpired approvals, oldest first: the analysts' queue. */
    public List<ApprovalRow> pending(UUID tenantId, String envName, long now, int limit) {
        return list("status = 'PENDING' AND expires_at > :now AND consumed_at IS NULL", "created_at",
                tenantId, envName, now, limit);
    }

    /** The most recent approvals in any state, newest first. */
    public List<ApprovalRow> recent(UUID tenantId, String envName, int limit) {
        return list(null, "created_at DESC", tenantId, envName, null, limit);
    }

    private List<ApprovalRow> list(String condition, String order, UUID tenantId, String envName, Long now,
                                   int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM approvals WHERE tenant_id = :tenantId");
        if (envName != null) {
            sql.append(" AND env_name = :envName");
        }
        if (condition != null) {
            sql.append(" AND ").append(condition);
        }
        sql.append(" ORDER BY ").append(order).append(", id LIMIT :limit");
        return jdbi.withHandle(handle -> {
            Query q = handle.createQuery(sql.toString()).bind("tenantId", tenantId).bind("limit", limit);
            if (envName != null) {
                q.bind("envName", envName);
            }
            if (now != null) {
                q.bind("now", now);
            }
            return q.map(ConstructorMapper.of(ApprovalRow.class)).list();
        });
    }
}
