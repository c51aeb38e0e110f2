package io.interven.gateway.approval;

import io.interven.gateway.core.CallInput;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Creates approvals for REQUIRE_APPROVAL decisions and reports their status. */
public class ApprovalService {
    private final Jdbi jdbi;
    private final Duration ttl;
    private final Clock clock;

    public ApprovalService(Jdbi jdbi, Duration ttl, Clock clock) {
        this.jdbi = jdbi;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** A new pending approval for exactly this call. */
    public UUID request(CallInput call, UUID traceId) {
        long now = clock.millis();
        ApprovalRow row = new ApprovalRow(UUID.randomUUID(), call.tenantId(), call.envName(),
                UUID.fromString(call.agent().agentId()), CallHash.of(call), traceId,
                ApprovalStatus.PENDING.name(), now, now + ttl.toMillis(), null, null, null);
        jdbi.useExtension(ApprovalDao.class, dao -> dao.insert(row));
        return row.id();
    }

    /** The approval's status as of now (a pending approval past its time is expired). */
    public Optional<ApprovalStatus> status(UUID tenantId, UUID approvalId) {
        return jdbi.withExtension(ApprovalDao.class, dao -> dao.find(tenantId, approvalId)).map(row -> {
            ApprovalStatus stored = ApprovalStatus.valueOf(row.status());
            boolean open = stored == ApprovalStatus.PENDING || stored == ApprovalStatus.APPROVED;
            return open && clock.millis() >= row.expiresAt() ? ApprovalStatus.EXPIRED : stored;
        });
    }
}
