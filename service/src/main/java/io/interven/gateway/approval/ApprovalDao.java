package io.interven.gateway.approval;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * {@code approvals}, apart from a scan's approval step ({@link OpenApprovalDao}). Every state change is one conditional UPDATE, so concurrent nodes cannot both win it. Listings
 * read each approval with its call's trace in the same statement.
 */
@RegisterConstructorMapper(ApprovalRow.class)
@RegisterRowMapper(ApprovalWithCallMapper.class)
public interface ApprovalDao {
    /** Every column of an approval (prefixed {@code a_}) and of its call's trace, when written. */
    String LISTED = "SELECT a.id AS a_id, a.tenant_id AS a_tenant_id, a.env_name AS a_env_name, "
            + "a.agent_id AS a_agent_id, a.call_hash AS a_call_hash, a.trace_id AS a_trace_id, a.status AS a_status, "
            + "a.created_at AS a_created_at, a.expires_at AS a_expires_at, a.decided_at AS a_decided_at, "
            + "a.decided_by AS a_decided_by, a.comment AS a_comment, a.open_key AS a_open_key, "
            + "a.consumed_at AS a_consumed_at, t.* FROM approvals a "
            + "LEFT JOIN traces t ON t.trace_id = a.trace_id AND t.tenant_id = a.tenant_id ";

    /**
     * The status of an approval at {@code :now}, as {@link ApprovalStatus#of} tells it: an unconsumed approval that
     * is still open (pending or approved) is expired from its {@code expires_at} on; otherwise the stored status.
     */
    String STATUS_AT_NOW = "CASE WHEN a.consumed_at IS NULL AND a.status IN ('PENDING', 'APPROVED') "
            + "AND a.expires_at <= :now THEN 'EXPIRED' ELSE a.status END";

    /** Approvals of the tenant, of one environment unless {@code :envName} is null, of one status unless null. */
    String LISTING_FILTER = "WHERE a.tenant_id = :tenantId "
            + "AND (CAST(:envName AS VARCHAR(100)) IS NULL OR a.env_name = :envName) "
            + "AND (CAST(:status AS VARCHAR(16)) IS NULL OR " + STATUS_AT_NOW + " = :status) ";

    /** The approval, only when it belongs to the tenant. */
    @SqlQuery("SELECT * FROM approvals WHERE id = :id AND tenant_id = :tenantId")
    Optional<ApprovalRow> find(@Bind("tenantId") UUID tenantId, @Bind("id") UUID id);

    /** Records an analyst's decision on a pending, unexpired approval; a denial closes it. */
    @SqlUpdate("UPDATE approvals SET status = :status, decided_at = :now, decided_by = :by, comment = :comment, "
            + "open_key = CASE WHEN :status = 'DENIED' THEN NULL ELSE open_key END "
            + "WHERE id = :id AND tenant_id = :tenantId AND status = 'PENDING' AND expires_at > :now")
    int decide(@Bind("tenantId") UUID tenantId, @Bind("id") UUID id, @Bind("status") String status,
               @Bind("now") long now, @Bind("by") UUID by, @Bind("comment") String comment);

    /** The approval of the tenant with its call. */
    @SqlQuery(LISTED + "WHERE a.tenant_id = :tenantId AND a.id = :id")
    Optional<ApprovalWithCall> findWithCall(@Bind("tenantId") UUID tenantId, @Bind("id") UUID id);

    /**
     * Approvals with their calls, oldest first, ties by id ({@link #LISTING_FILTER}; {@code status} as of
     * {@code now}). Ordered by the columns of {@code approvals_by_tenant_time}, the tenant first, so that the page
     * is read from that index in order and never sorted.
     */
    @SqlQuery(LISTED + LISTING_FILTER + "ORDER BY a.tenant_id, a.created_at, a.id LIMIT :limit")
    List<ApprovalWithCall> listOldestFirst(@Bind("tenantId") UUID tenantId, @Bind("envName") String envName,
                                           @Bind("status") String status, @Bind("now") long now,
                                           @Bind("limit") int limit);

    /**
     * Approvals with their calls, newest first, ties by id descending ({@link #LISTING_FILTER}; {@code status} as of
     * {@code now}): {@code approvals_by_tenant_time} read backwards.
     */
    @SqlQuery(LISTED + LISTING_FILTER + "ORDER BY a.tenant_id DESC, a.created_at DESC, a.id DESC LIMIT :limit")
    List<ApprovalWithCall> listNewestFirst(@Bind("tenantId") UUID tenantId, @Bind("envName") String envName,
                                           @Bind("status") String status, @Bind("now") long now,
                                           @Bind("limit") int limit);
}
