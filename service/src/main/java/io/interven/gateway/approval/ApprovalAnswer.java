package io.interven.gateway.approval;

import java.util.UUID;

/**
 * What {@link ApprovalService#settle} answers for a call that needs approval: the approval that was granted to it and
 * is now used up ({@code granted}), or the call's pending approval.
 */
public record ApprovalAnswer(UUID approvalId, boolean granted) {
    static ApprovalAnswer granted(UUID approvalId) {
        return new ApprovalAnswer(approvalId, true);
    }

    static ApprovalAnswer pending(UUID approvalId) {
        return new ApprovalAnswer(approvalId, false);
    }
}
