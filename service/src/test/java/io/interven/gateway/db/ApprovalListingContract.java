package io.interven.gateway.db;

import io.interven.gateway.testing.MigratedDatabase;
import static io.interven.gateway.db.TraceRecords.trace;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.approval.ApprovalSearch;
import io.interven.gateway.approval.ApprovalAnswer;
import io.interven.gateway.approval.ApprovalService;
import io.interven.gateway.approval.ApprovalStatus;
import io.interven.gateway.approval.ApprovalWithCall;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.tenancy.TenantDirectory;
import io.interven.gateway.trace.TraceDao;
import io.interven.gateway.trace.TraceRows;
import io.interven.gateway.trace.TraceRecord;
import io.interven.spi.AgentRef;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The approvals listing reads a page in one statement, each approval with its call's trace, and filters every status
 * in SQL exactly as {@link ApprovalStatus#of} tells it (expiry, decisions and use included), within the tenant and
 * the environment asked for, on each kind of database.
 */
abstract class ApprovalListingContract {
    private static final Duration TTL = Duration.ofMinutes(15);
    private static final int PAGE = 100;

    private MigratedDatabase database;
    private StatementCounter statements;
    private MutableClock clock;
    private ApprovalService approvals;
    private ApprovalSearch search;
    private UUID tenant;
    private UUID otherTenant;
    private final Map<UUID, TraceRecord> traces = new HashMap<>();
    private final Map<UUID, UUID> owners = new HashMap<>();
    private int calls;

    /** The approvals of the fixture, named by the state they are in at {@link #now}. */
    private UUID expiredPending;
    private UUID approvedThenExpired;
    private UUID approvedAndUsed;
    private UUID deniedEarly;
    private UUID expiresExactlyNow;
    private UUID pendingOneMillisecondMore;
    private UUID pendingProduction;
    private UUID pendingStaging;
    private UUID approvedOpen;
    private UUID deniedStaging;
    private UUID pendingWithoutTrace;
    private UUID foreignPending;
    private UUID foreignApproved;
    private long now;

    abstract String database();

    @BeforeEach
    void approvalsInEveryState() throws SQLException {
        database = new MigratedDatabase(database());
        statements = StatementCounter.on(database.jdbi());
        clock = new MutableClock(Instant.parse("2026-01-31T12:00:00Z"));
        approvals = new ApprovalService(database.jdbi(), TTL, clock);
        search = new ApprovalSearch(database.jdbi());
        TenantDirectory directory = new TenantDirectory(database.jdbi());
        tenant = directory.createTenant("t-" + UUID.randomUUID()).id();
        otherTenant = directory.createTenant("t-" + UUID.randomUUID()).id();
        long start = clock.millis();

        expiredPending = open(tenant, "production");
        approvedThenExpired = decided(open(tenant, "production"), true);
        CallInput used = call(tenant, "production");
        approvedAndUsed = decided(open(used, true), true);
        assertThat(approvals.settle(used, List.of(), UUID.randomUUID(), () -> "POST crm.example.org"))
                .isEqualTo(new ApprovalAnswer(approvedAndUsed, true));
        deniedEarly = decided(open(tenant, "production"), false);

        clock.advance(Duration.ofMillis(start + Duration.ofMinutes(1).toMillis() - clock.millis()));
        expiresExactlyNow = open(tenant, "production");
        pendingOneMillisecondMore = open(tenant, "production");

        clock.advance(Duration.ofMinutes(9));
        pendingProduction = open(tenant, "production");
        pendingStaging = open(tenant, "staging");
        approvedOpen = decided(open(tenant, "production"), true);
        deniedStaging = decided(open(tenant, "staging"), false);
        pendingWithoutTrace = open(call(tenant, "production"), false);
        foreignPending = open(otherTenant, "production");
        foreignApproved = decided(open(otherTenant, "production"), true);

        now = approvals.find(tenant, expiresExactlyNow).orElseThrow().expiresAt();
        clock.advance(Duration.ofMillis(now - clock.millis()));
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private CallInput call(UUID tenantId, String envName) {
        calls++;
        return new CallInput(tenantId, envName, "salt", "POST", "https://crm.example.org/call/" + calls, Map.of(),
                null, 0, new AgentRef(UUID.randomUUID().toString(), "default", "custom"));
    }

    private UUID open(UUID tenantId, String envName) throws SQLException {
        return open(call(tenantId, envName), true);
    }

    /** Opens an approval for the call a millisecond after the previous one, with its trace written when asked. */
    private UUID open(CallInput call, boolean withTrace) throws SQLException {
        clock.advance(Duration.ofMillis(1));
        UUID traceId = UUID.randomUUID();
        UUID approvalId = approvals.settle(call, List.of(), traceId, () -> "POST crm.example.org").approvalId();
        owners.put(approvalId, call.tenantId());
        if (withTrace) {
            TraceRecord written = trace(traceId, call.tenantId(), call.envName(),
                    UUID.fromString(call.agent().agentId()), "REQUIRE_APPROVAL", clock.millis(), approvalId);
            new TraceRows(database.jdbi()).insertAll(List.of(written));
            traces.put(approvalId, written);
        }
        return approvalId;
    }

    private UUID decided(UUID approvalId, boolean approve) {
        approvals.decide(owners.get(approvalId), approvalId, approve, UUID.randomUUID(), approve ? "ok" : "no");
        return approvalId;
    }

    private List<ApprovalWithCall> list(String envName, ApprovalStatus status) {
        return search.list(tenant, envName, status, now, PAGE);
    }

    private List<UUID> ids(String envName, ApprovalStatus status) {
        return list(envName, status).stream().map(listed -> listed.approval().id()).toList();
    }

    @Test
    void eachStatusListsExactlyItsApprovals() {
        assertThat(ids(null, ApprovalStatus.PENDING)).as("oldest first: the analysts' queue")
                .containsExactly(pendingOneMillisecondMore, pendingProduction, pendingStaging, pendingWithoutTrace);
        assertThat(ids(null, ApprovalStatus.APPROVED)).as("newest first; a used approval stays approved")
                .containsExactly(approvedOpen, approvedAndUsed);
        assertThat(ids(null, ApprovalStatus.DENIED)).containsExactly(deniedStaging, deniedEarly);
        assertThat(ids(null, ApprovalStatus.EXPIRED)).as("pending or approved, unused, past their time")
                .containsExactly(expiresExactlyNow, approvedThenExpired, expiredPending);
        assertThat(ids(null, null)).as("all, newest first").containsExactly(pendingWithoutTrace, deniedStaging,
                approvedOpen, pendingStaging, pendingProduction, pendingOneMillisecondMore, expiresExactlyNow,
                deniedEarly, approvedAndUsed, approvedThenExpired, expiredPending);
    }

    @Test
    void theSqlFilterAgreesWithTheStatusAnApprovalShows() {
        List<ApprovalWithCall> all = list(null, null);

        for (ApprovalStatus status : ApprovalStatus.values()) {
            List<UUID> expected = all.stream().filter(listed -> ApprovalStatus.of(listed.approval(), now) == status)
                    .map(listed -> listed.approval().id()).sorted().toList();
            assertThat(ids(null, status).stream().sorted().toList()).as(status.apiName()).isEqualTo(expected)
                    .isNotEmpty();
        }
    }

    @Test
    void anEnvironmentListsOnlyItsOwnApprovals() {
        assertThat(ids("staging", null)).containsExactly(deniedStaging, pendingStaging);
        assertThat(ids("staging", ApprovalStatus.PENDING)).containsExactly(pendingStaging);
        assertThat(ids("production", ApprovalStatus.PENDING))
                .containsExactly(pendingOneMillisecondMore, pendingProduction, pendingWithoutTrace);
        assertThat(ids("production", ApprovalStatus.DENIED)).containsExactly(deniedEarly);
        assertThat(ids("development", null)).isEmpty();
    }

    @Test
    void anotherTenantsApprovalsAreNeverListed() {
        assertThat(search.list(otherTenant, null, null, now, PAGE)).extracting(l -> l.approval().id())
                .containsExactly(foreignApproved, foreignPending);
        for (ApprovalStatus status : Arrays.asList(null, ApprovalStatus.PENDING, ApprovalStatus.APPROVED)) {
            assertThat(ids(null, status)).doesNotContain(foreignPending, foreignApproved);
        }
        assertThat(search.find(tenant, foreignPending)).isEmpty();
    }

    @Test
    void eachApprovalComesWithItsCallsTraceOnceWritten() {
        for (ApprovalWithCall listed : list(null, null)) {
            UUID id = listed.approval().id();
            if (id.equals(pendingWithoutTrace)) {
                assertThat(listed.call()).as("no trace written yet").isNull();
            } else {
                assertThat(listed.call()).as("the trace of %s", id).isEqualTo(traces.get(id));
            }
        }
        assertThat(search.find(tenant, approvedOpen)).map(ApprovalWithCall::call).contains(traces.get(approvedOpen));
        assertThat(search.find(tenant, pendingWithoutTrace).orElseThrow().call()).isNull();
        assertThat(search.find(UUID.randomUUID(), approvedOpen)).as("another tenant").isEmpty();
    }

    @Test
    void aPageIsOneStatementWhateverItsSize() {
        for (ApprovalStatus status : Arrays.asList(null, ApprovalStatus.PENDING, ApprovalStatus.APPROVED,
                ApprovalStatus.DENIED, ApprovalStatus.EXPIRED)) {
            List<List<ApprovalWithCall>> page = new ArrayList<>();

            int executed = statements.during(() -> page.add(list(null, status)));

            assertThat(page.get(0)).isNotEmpty();
            assertThat(executed).as("statements for a page of %d (%s)", page.get(0).size(), status).isEqualTo(1);
        }
        assertThat(statements.during(() -> list("development", null))).as("an empty page").isEqualTo(1);
        assertThat(statements.during(() -> search.find(tenant, approvedOpen))).as("one approval").isEqualTo(1);
    }

    /**
     * Every listing reads its page from {@code approvals_by_tenant_time} in order and never sorts: a sort would read
     * every approval of the tenant for each page. Approvals opened in the same millisecond come by id, ascending in
     * the pending queue and descending in the newest-first listings, so that a page always cuts them the same way.
     */
    @Test
    void aPageIsReadInIndexOrderWithoutSortingAndTiesComeById() throws SQLException {
        UUID quiet = new TenantDirectory(database.jdbi()).createTenant("t-" + UUID.randomUUID()).id();
        List<UUID> sameMillisecond = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CallInput call = call(quiet, "production");
            sameMillisecond.add(approvals.settle(call, List.of(), UUID.randomUUID(), () -> "POST crm.example.org")
                    .approvalId());
        }
        // both databases order UUIDs by their bytes, as their text sorts (UUID.compareTo compares signed halves)
        List<UUID> byId = sameMillisecond.stream().sorted(java.util.Comparator.comparing(UUID::toString)).toList();
        List<UUID> byIdDescending = new ArrayList<>(byId);
        java.util.Collections.reverse(byIdDescending);

        for (ApprovalStatus status : Arrays.asList(null, ApprovalStatus.PENDING, ApprovalStatus.APPROVED)) {
            List<UUID> listed = new ArrayList<>();
            List<String> ran = statements.ranDuring(() -> search.list(quiet, null, status, now, PAGE)
                    .forEach(l -> listed.add(l.approval().id())));

            if (status == ApprovalStatus.PENDING) {
                assertThat(listed).as("the queue, ties by id").isEqualTo(byId);
            } else if (status == null) {
                assertThat(listed).as("newest first, ties by id descending").isEqualTo(byIdDescending);
            }
            assertThat(ran).hasSize(1);
            String plan = planOf(ran.get(0), quiet, status);
            if (database().equals("postgres")) {
                assertThat(plan).as(plan).containsIgnoringCase("approvals_by_tenant_time")
                        .doesNotContainIgnoringCase("Sort");
            } else {
                assertThat(plan).as(plan).contains("APPROVALS_BY_TENANT_TIME").contains("/* index sorted */");
            }
        }
    }

    /**
     * The plan of {@code statement} with the listing's values, PostgreSQL told to avoid whole-table reads and sorts
     * ({@link QueryPlans#avoidSortsAndWholeTableReads}).
     */
    private String planOf(String statement, UUID tenantId, ApprovalStatus status) {
        return database.jdbi().inTransaction(handle -> {
            QueryPlans.avoidSortsAndWholeTableReads(handle, database());
            return String.join("\n", handle.createQuery("EXPLAIN " + statement).bind("tenantId", tenantId)
                    .bind("envName", (String) null).bind("status", status == null ? null : status.name())
                    .bind("now", now).bind("limit", PAGE).mapTo(String.class).list());
        });
    }

    @Test
    void aPageHoldsAtMostItsLimit() {
        assertThat(search.list(tenant, null, null, now, 3)).extracting(l -> l.approval().id())
                .containsExactly(pendingWithoutTrace, deniedStaging, approvedOpen);
        assertThat(search.list(tenant, null, ApprovalStatus.PENDING, now, 1)).extracting(l -> l.approval().id())
                .containsExactly(pendingOneMillisecondMore);
    }
}
