package io.interven.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.interven.gateway.approval.ApprovalRow;
import io.interven.gateway.approval.ApprovalStatus;
import io.interven.gateway.trace.TraceView;
import java.util.UUID;

/**
 * An approval as analysts see it, with the call it is about as its trace recorded it (tool, host, path, what was
 * found and where, never the values). {@code call} is absent until the trace is written.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApprovalView(UUID approvalId, String status, String envName, UUID agentId, UUID traceId, long createdAt,
                           long expiresAt, Long decidedAt, UUID decidedBy, String comment, Long consumedAt,
                           TraceView call) {
    public static ApprovalView of(ApprovalRow row, long now, TraceView call) {
        return new ApprovalView(row.id(), ApprovalStatus.of(row, now).apiName(), row.envName(), row.agentId(),
                row.traceId(), row.createdAt(), row.expiresAt(), row.decidedAt(), row.decidedBy(), row.comment(),
                row.consumedAt(), call);
    }
}
