package io.interven.gateway.approval;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads a tenant's approvals with the calls they are about, of one environment or of all ({@code envName} null):
 * one statement per page, the status filtered in SQL as {@link ApprovalStatus#of} tells it.
 */
public class ApprovalSearch {
    private final ApprovalDao approvals;

    public ApprovalSearch(Jdbi jdbi) {
        this.approvals = jdbi.onDemand(ApprovalDao.class);
    }

    /**
     * At most {@code limit} approvals whose status at {@code now} is {@code status} (null: any). Pending ones come
     * oldest first (the analysts' queue), every other listing newest first.
     */
    public List<ApprovalWithCall> list(UUID tenantId, String envName, ApprovalStatus status, long now, int limit) {
        String stored = status == null ? null : status.name();
        return status == ApprovalStatus.PENDING
                ? approvals.listOldestFirst(tenantId, envName, stored, now, limit)
                : approvals.listNewestFirst(tenantId, envName, stored, now, limit);
    }

    /** The approval of the tenant with its call. */
    public Optional<ApprovalWithCall> find(UUID tenantId, UUID approvalId) {
        return approvals.findWithCall(tenantId, approvalId);
    }
}
