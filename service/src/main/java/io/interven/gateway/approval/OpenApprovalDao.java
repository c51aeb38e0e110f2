package io.interven.gateway.approval;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The statements of a scan's approval step ({@link ApprovalService#settle}) on {@code approvals}: the call's open
 * approval, and the conditional updates that open, use or close it. Kept apart from {@link ApprovalDao} because
 * Jdbi builds a handler for every method of a SQL object each time one is attached, once per scan here: four
 * methods instead of ten.
 */
@RegisterConstructorMapper(ApprovalRow.class)
interface OpenApprovalDao {
    @SqlUpdate("INSERT INTO approvals (id, tenant_id, env_name, agent_id, call_hash, trace_id, status, created_at, "
            + "expires_at, open_key) VALUES (:id, :tenantId, :envName, :agentId, :callHash, :traceId, :status, "
            + ":createdAt, :expiresAt, :openKey)")
    void insert(@BindMethods ApprovalRow approval);

    @SqlQuery("SELECT * FROM approvals WHERE open_key = :openKey")
    Optional<ApprovalRow> findOpen(@Bind("openKey") String openKey);

    /** Closes an open approval (it expired); returns 1 when this call closed it. */
    @SqlUpdate("UPDATE approvals SET open_key = NULL WHERE id = :id AND open_key IS NOT NULL")
    int close(@Bind("id") UUID id);

    /** Uses an approved, unexpired approval once; returns 1 only to the one caller that consumed it. */
    @SqlUpdate("UPDATE approvals SET open_key = NULL, consumed_at = :now WHERE id = :id AND open_key IS NOT NULL "
            + "AND status = 'APPROVED' AND expires_at > :now")
    int consume(@Bind("id") UUID id, @Bind("now") long now);
}
