package io.interven.gateway.approval;

import io.interven.gateway.core.CallInput;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import io.interven.gateway.trace.StoredText;
import io.interven.spi.Finding;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Approvals bound to one exact call (its {@link CallHash}: headers except volatile ones, body and findings included). While one is open for a call, scanning the call
 * again answers the same approval; once approved, the next scan of the same call is allowed and consumes it.
 */
public class ApprovalService {
    private static final int ATTEMPTS = 3;
    private static final int MAX_COMMENT = 2000;

    private final Jdbi jdbi;
    private final Duration ttl;
    private final Clock clock;
    private final ApprovalEvents events;

    public ApprovalService(Jdbi jdbi, Duration ttl, Clock clock, ApprovalEvents events) {
        this.jdbi = jdbi;
        this.ttl = ttl;
        this.clock = clock;
        this.events = events;
    }

    public ApprovalService(Jdbi jdbi, Duration ttl, Clock clock) {
        this(jdbi, ttl, clock, ApprovalEvents.NONE);
    }

    /**
     * What a scan that needs approval gets for this call with these data findings, in one look-up of the call's open
     * approval: the approval an analyst granted to exactly this call, used up now ({@link ApprovalAnswer#granted()});
     * else the call's open pending approval; else a new pending one ({@code summary} describes the call for notices).
     * An open approval that expired is closed first. Reads and writes through one handle: a repeated call whose
     * approval is pending costs one statement, a new call two.
     */
    public ApprovalAnswer settle(CallInput call, List<Finding> findings, UUID traceId, Supplier<String> summary) {
        String key = CallHash.of(call, findings);
        return jdbi.withExtension(OpenApprovalDao.class, dao -> settle(dao, call, key, traceId, summary));
    }

    private ApprovalAnswer settle(OpenApprovalDao dao, CallInput call, String key, UUID traceId,
                                  Supplier<String> summary) {
        // a lost race (another scan of the same call used its approval, or opened it, first) reads again
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            long now = clock.millis();
            Optional<ApprovalRow> open = dao.findOpen(key);
            if (open.isPresent()) {
                ApprovalRow row = open.get();
                ApprovalStatus status = ApprovalStatus.of(row, now);
                if (status == ApprovalStatus.PENDING) {
                    return ApprovalAnswer.pending(row.id());
                }
                if (status == ApprovalStatus.APPROVED) {
                    if (dao.consume(row.id(), now) == 1) {
                        return ApprovalAnswer.granted(row.id());
                    }
                    continue;
                }
                dao.close(row.id());
            }
            ApprovalRow row = new ApprovalRow(UUID.randomUUID(), call.tenantId(), call.envName(),
                    UUID.fromString(call.agent().agentId()), key, traceId, ApprovalStatus.PENDING.name(), now,
                    now + ttl.toMillis(), null, null, null, key, null);
            try {
                dao.insert(row);
            } catch (UnableToExecuteStatementException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
                continue;
            }
            events.created(row, summary.get());
            return ApprovalAnswer.pending(row.id());
        }
        throw new IllegalStateException("the call's approval changed " + ATTEMPTS + " times while it was read");
    }

    /** An analyst approves or denies a pending approval of the tenant; the comment is stored cleaned and bounded. */
    public ApprovalRow decide(UUID tenantId, UUID approvalId, boolean approve, UUID analystKeyId, String text) {
        String comment = StoredText.bounded(text, MAX_COMMENT);
        long now = clock.millis();
        String status = approve ? ApprovalStatus.APPROVED.name() : ApprovalStatus.DENIED.name();
        int changed = jdbi.withExtension(ApprovalDao.class,
                dao -> dao.decide(tenantId, approvalId, status, now, analystKeyId, comment));
        ApprovalRow row = jdbi.withExtension(ApprovalDao.class, dao -> dao.find(tenantId, approvalId))
                .orElseThrow(() -> ApiException.notFound("approval"));
        if (changed != 1) {
            throw new ApiException(ErrorCode.CONFLICT, "approval is " + ApprovalStatus.of(row, now).apiName()
                    + ", only a pending approval can be decided");
        }
        events.decided(row);
        return row;
    }

    public Optional<ApprovalRow> find(UUID tenantId, UUID approvalId) {
        return jdbi.withExtension(ApprovalDao.class, dao -> dao.find(tenantId, approvalId));
    }

    /** The approval's status as of now. */
    public Optional<ApprovalStatus> status(UUID tenantId, UUID approvalId) {
        long now = clock.millis();
        return find(tenantId, approvalId).map(row -> ApprovalStatus.of(row, now));
    }

    public long now() {
        return clock.millis();
    }
}
