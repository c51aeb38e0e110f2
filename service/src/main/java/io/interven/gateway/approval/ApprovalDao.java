package io.interven.gateway.approval;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(ApprovalRow.class)
public interface ApprovalDao {
    @SqlUpdate("INSERT INTO approvals (id, tenant_id, env_name, agent_id, call_hash, trace_id, status, created_at, "
            + "expires_at) VALUES (:id, :tenantId, :envName, :agentId, :callHash, :traceId, :status, :createdAt, "
            + ":expiresAt)")
    void insert(@BindMethods ApprovalRow approval);

    /** The approval, only when it belongs to the tenant. */
    @SqlQuery("SELECT * FROM approvals WHERE id = :id AND tenant_id = :tenantId")
    Optional<ApprovalRow> find(@Bind("tenantId") UUID tenantId, @Bind("id") UUID id);
}
