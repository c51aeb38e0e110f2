package io.interven.gateway.approval;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Approvals. Every state change is one conditional UPDATE, so concurrent nodes cannot both win it. */
@RegisterConstructorMapper(ApprovalRow.class)
public interface ApprovalDao {
    @SqlUpdate("INSERT INTO approvals (id, tenant_id, env_name, agent_id, call_hash, trace_id, status, created_at, "
            + "expires_at, open_key) VALUES (:id, :tenantId, :envName, :agentId, :callHash, :traceId, :status, "
            + ":createdAt, :expiresAt, :openKey)")
    void insert(@BindMethods ApprovalRow approval);

    /** The approval, only when it belongs to the tenant. */
    @SqlQuery("SELECT * FROM approvals WHERE id = :id AND tenant_id = :tenantId")
    Optional<ApprovalRow> find(@Bind("tenantId") UUID tenantId, @Bind("id") UUID id);

    @SqlQuery("SELECT * FROM approvals WHERE open_key = :openKey")
    Optional<ApprovalRow> findOpen(@Bind("openKey") String openKey);

    /** Closes an open approval (it expired); returns 1 when this call closed it. */
    @SqlUpdate("UPDATE approvals SET open_key = NULL WHERE id = :id AND open_key IS NOT NULL")
    int close(@Bind("id") UUID id);

    /** Uses an approved, unexpired approval once; returns 1 only to the one caller that consumed it. */
    @SqlUpdate("UPDATE approvals SET open_key = NULL, consumed_at = :now WHERE id = :id AND open_key IS NOT NULL "
            + "AND status = 'APPROVED' AND expires_at > :now")
    int consume(@Bind("id") UUID id, @Bind("now") long now);

    /** Records an analyst's decision on a pending, unexpired approval; a denial closes it. */
    @SqlUpdate("UPDATE approvals SET status = :status, decided_at = :now, decided_by = :by, comment = :comment, "
            + "open_key = CASE WHEN :status = 'DENIED' THEN NULL ELSE open_key END "
            + "WHERE id = :id AND tenant_id = :tenantId AND status = 'PENDING' AND expires_at > :now")
    int decide(@Bind("tenantId") UUID tenantId, @Bind("id") UUID id, @Bind("status") String status,
               @Bind("now") long now, @Bind("by") UUID by, @Bind("comment") String comment);

    @SqlQuery("SELECT * FROM approvals WHERE tenant_id = :tenantId AND status = :status AND expires_at > :now "
            + "AND consumed_at IS NULL ORDER BY created_at LIMIT :limit")
    List<ApprovalRow> listOpen(@Bind("tenantId") UUID tenantId, @Bind("status") String status,
                               @Bind("now") long now, @Bind("limit") int limit);

    @SqlQuery("SELECT * FROM approvals WHERE tenant_id = :tenantId ORDER BY created_at DESC LIMIT :limit")
    List<ApprovalRow> listRecent(@Bind("tenantId") UUID tenantId, @Bind("limit") int limit);
}
