package io.interven.gateway.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.approval.ApprovalAnswer;
import io.interven.gateway.approval.ApprovalService;
import io.interven.gateway.approval.ApprovalStatus;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.tenancy.TenantDirectory;
import io.interven.gateway.testing.MigratedDatabase;
import io.interven.spi.AgentRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a scan that needs approval gets ({@link ApprovalService#settle}), and what it costs the database: a call asks
 * once, is answered its pending approval as long as it is pending, is let through once when approved, and asks again
 * after that or after the approval expired. Run on H2 and PostgreSQL.
 */
abstract class ApprovalSettleContract {
    private static final Duration TTL = Duration.ofMinutes(15);
    private MigratedDatabase database;
    private StatementCounter statements;
    private MutableClock clock;
    private ApprovalService approvals;
    private UUID tenant;

    abstract String database();

    @BeforeEach
    void open() {
        database = new MigratedDatabase(database());
        statements = StatementCounter.on(database.jdbi());
        clock = new MutableClock(Instant.parse("2026-01-31T12:00:00Z"));
        approvals = new ApprovalService(database.jdbi(), TTL, clock);
        tenant = new TenantDirectory(database.jdbi()).createTenant("t-" + UUID.randomUUID()).id();
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private CallInput call(String path) {
        return call(tenant, UUID.randomUUID(), path);
    }

    private static CallInput call(UUID tenantId, UUID agentId, String path) {
        return new CallInput(tenantId, "production", "salt", "POST", "https://crm.example.org/" + path, Map.of(),
                null, 0, new AgentRef(agentId.toString(), "default", "custom"));
    }

    private ApprovalAnswer settle(CallInput call) {
        return approvals.settle(call, List.of(), UUID.randomUUID(), () -> "POST crm.example.org");
    }

    @Test
    void aNewCallCostsALookUpAndAnInsertARepeatedPendingCallOneLookUp() {
        CallInput call = call("notes");
        List<ApprovalAnswer> answers = new ArrayList<>();

        assertThat(statements.during(() -> answers.add(settle(call)))).as("a new call").isEqualTo(2);
        assertThat(statements.during(() -> answers.add(settle(call)))).as("the same call again").isEqualTo(1);

        assertThat(answers).extracting(ApprovalAnswer::granted).containsExactly(false, false);
        assertThat(answers.get(1).approvalId()).isEqualTo(answers.get(0).approvalId());
        assertThat(approvals.status(tenant, answers.get(0).approvalId())).contains(ApprovalStatus.PENDING);
    }

    @Test
    void anApprovedCallIsLetThroughOnceThenAsksAgain() {
        CallInput call = call("notes");
        UUID asked = settle(call).approvalId();
        approvals.decide(tenant, asked, true, UUID.randomUUID(), "fine");

        ApprovalAnswer granted = settle(call);
        ApprovalAnswer after = settle(call);

        assertThat(granted).isEqualTo(new ApprovalAnswer(asked, true));
        assertThat(after.granted()).isFalse();
        assertThat(after.approvalId()).isNotEqualTo(asked);
        assertThat(approvals.status(tenant, after.approvalId())).contains(ApprovalStatus.PENDING);
        assertThat(settle(call("other")).approvalId()).as("another call").isNotIn(asked, after.approvalId());
    }

    @Test
    void anApprovalLetsThroughOnlyItsOwnTenantsCall() {
        UUID agent = UUID.randomUUID();
        UUID otherTenant = new TenantDirectory(database.jdbi()).createTenant("t-" + UUID.randomUUID()).id();
        CallInput ours = call(tenant, agent, "notes");
        CallInput theirs = call(otherTenant, agent, "notes"); // the same call, agent id included, in another tenant
        UUID asked = settle(ours).approvalId();
        approvals.decide(tenant, asked, true, UUID.randomUUID(), "fine");

        ApprovalAnswer other = settle(theirs);

        assertThat(other.granted()).isFalse();
        assertThat(other.approvalId()).isNotEqualTo(asked);
        assertThat(approvals.status(otherTenant, other.approvalId())).contains(ApprovalStatus.PENDING);
        assertThat(approvals.status(otherTenant, asked)).as("ours, seen from the other tenant").isEmpty();
        assertThat(settle(ours)).as("ours is still unused").isEqualTo(new ApprovalAnswer(asked, true));
    }

    @Test
    void anExpiredApprovalIsClosedAndTheCallAsksAgain() {
        CallInput pendingCall = call("pending");
        CallInput approvedCall = call("approved");
        UUID pending = settle(pendingCall).approvalId();
        UUID approved = settle(approvedCall).approvalId();
        approvals.decide(tenant, approved, true, UUID.randomUUID(), "fine");
        clock.advance(TTL);

        ApprovalAnswer afterPending = settle(pendingCall);
        ApprovalAnswer afterApproved = settle(approvedCall);

        assertThat(afterPending.granted()).isFalse();
        assertThat(afterPending.approvalId()).isNotEqualTo(pending);
        assertThat(afterApproved.granted()).as("an approval used after its time").isFalse();
        assertThat(afterApproved.approvalId()).isNotEqualTo(approved);
        assertThat(approvals.status(tenant, pending)).contains(ApprovalStatus.EXPIRED);
        assertThat(approvals.status(tenant, approved)).contains(ApprovalStatus.EXPIRED);
    }

    @Test
    void concurrentScansOfOneApprovedCallLetItThroughOnceAndShareOneNewApproval() throws Exception {
        CallInput call = call("notes");
        UUID asked = settle(call).approvalId();
        approvals.decide(tenant, asked, true, UUID.randomUUID(), "fine");
        int scans = 8;
        ExecutorService pool = Executors.newFixedThreadPool(scans);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ApprovalAnswer>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < scans; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return settle(call);
                }));
            }
            go.countDown();
            List<ApprovalAnswer> answers = new ArrayList<>();
            for (Future<ApprovalAnswer> future : futures) {
                answers.add(future.get(30, TimeUnit.SECONDS));
            }

            assertThat(answers).filteredOn(ApprovalAnswer::granted).singleElement()
                    .isEqualTo(new ApprovalAnswer(asked, true));
            Set<UUID> pending = new HashSet<>();
            answers.stream().filter(answer -> !answer.granted()).forEach(answer -> pending.add(answer.approvalId()));
            assertThat(pending).as("the scans after the one let through share one new approval").hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
