package io.interven.gateway.approval;

import java.util.UUID;

/** A row of {@code approvals}: a human decision bound to one exact call by its canonical hash. */
public record ApprovalRow(UUID id, UUID tenantId, String envName, UUID agentId, String callHash, UUID traceId,
                          String status, long createdAt, long expiresAt, Long decidedAt, UUID decidedBy,
                          String comment, String openKey, Long consumedAt) {
}
