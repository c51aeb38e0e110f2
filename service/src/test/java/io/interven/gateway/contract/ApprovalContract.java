package io.interven.gateway.contract;

import static io.interven.gateway.contract.ApprovalApi.decide;
import static io.interven.gateway.contract.ApprovalApi.listed;
import static io.interven.gateway.contract.ApprovalApi.postRequiringApproval;
import static io.interven.gateway.contract.ApprovalApi.requireApproval;
import static io.interven.gateway.contract.ApprovalApi.status;
import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static io.interven.gateway.contract.ErrorAssertions.assertInvalidFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import io.interven.gateway.testing.TenantFixture;
import io.interven.gateway.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Human approvals bound to the exact call: a REQUIRE_APPROVAL rule opens one per distinct call, analysts approve or
 * deny it, an approval lets exactly that call through once, and it expires.
 */
abstract class ApprovalContract extends GatewayContract {

    /** A tenant whose policy asks for approval of every call to the unknown host. */
    TenantFixture tenantRequiringApproval() {
        TenantFixture tenant = newTenant();
        PolicyApi.applyApprovalForUnknownHost(tenant);
        return tenant;
    }

    /** The body of the call under approval, its keys written in the given order. */
    static Map<String, Object> body(boolean reversed) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (reversed) {
            body.put("count", 2);
            body.put("item", "quarterly report");
        } else {
            body.put("item", "quarterly report");
            body.put("count", 2);
        }
        return body;
    }

    /**
     * Opens an approval for {@code body(false)} and approves or denies it ({@code verdict}) with {@code comment};
     * checks the answer, the status and the queue, and answers the approval's id.
     */
    static String openAndDecide(TenantFixture tenant, String verdict, String comment, String decidedStatus) {
        String approvalId = postRequiringApproval(tenant, body(false));

        HttpResult answer = decide(tenant, approvalId, verdict, comment);

        assertThat(answer.field("status")).isEqualTo(decidedStatus);
        assertThat(answer.field("comment")).isEqualTo(comment);
        assertThat(status(tenant, approvalId)).isEqualTo(decidedStatus);
        assertThat(listed(tenant, "pending")).doesNotContain(approvalId);
        return approvalId;
    }

    @Test
    void aRequireApprovalScanOpensAPendingApprovalThatAnalystsSeeWithItsCall() {
        TenantFixture tenant = tenantRequiringApproval();
        HttpResult scan = tenant.scan(SampleCalls.postToUnknownHost(body(false)));
        assertThat(scan.field("decision")).as(scan.text()).isEqualTo("REQUIRE_APPROVAL");
        assertThat(scan.field("rule_id")).isEqualTo("unknown-host-needs-approval");
        String approvalId = scan.field("approval_id");

        assertThat(status(tenant, approvalId)).isEqualTo("pending");
        assertThat(status(gateway(), TenantAdmin.keyWithRoles(tenant, "scan"), approvalId)).isEqualTo("pending");
        HttpResult queue = gateway().await("/v1/approvals?status=pending", tenant.key(),
                r -> r.json().size() == 1 && r.json().get(0).has("call"));
        JsonNode approval = queue.json().get(0);
        assertThat(approval.path("approval_id").asText()).isEqualTo(approvalId);
        assertThat(approval.path("status").asText()).isEqualTo("pending");
        assertThat(approval.path("trace_id").asText()).isEqualTo(scan.field("trace_id"));
        assertThat(approval.path("call").path("host").asText()).isEqualTo(PolicyApi.UNKNOWN_HOST);
        assertThat(approval.path("call").path("decision").asText()).isEqualTo("REQUIRE_APPROVAL");
        assertThat(approval.path("call").path("rule_id").asText()).isEqualTo("unknown-host-needs-approval");
        assertThat(listed(tenant, "")).containsExactly(approvalId);
        HttpResult single = gateway().get("/v1/approvals/" + approvalId, tenant.key());
        assertThat(single.field("status")).as(single.text()).isEqualTo("pending");
        assertThat(single.json().path("expires_at").asLong() - single.json().path("created_at").asLong())
                .as("the default time to decide").isEqualTo(Duration.ofMinutes(15).toMillis());
    }

    @Test
    void scanningTheIdenticalCallWhilePendingAnswersTheSameApproval() {
        TenantFixture tenant = tenantRequiringApproval();
        String first = postRequiringApproval(tenant, body(false));

        String again = postRequiringApproval(tenant, body(false));
        String reordered = postRequiringApproval(tenant, body(true));

        assertThat(again).isEqualTo(first);
        assertThat(reordered).as("the same body with its keys in another order").isEqualTo(first);
        assertThat(listed(tenant, "pending")).containsExactly(first);
    }

    @Test
    void identicalCallsScannedAtOnceShareOneApproval() throws Exception {
        TenantFixture tenant = tenantRequiringApproval();
        int scans = 6;
        ExecutorService pool = Executors.newFixedThreadPool(scans);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < scans; i++) {
                boolean reversed = i % 2 == 1;
                answers.add(pool.submit(() -> postRequiringApproval(tenant, body(reversed))));
            }
            Set<String> ids = new HashSet<>();
            for (Future<String> answer : answers) {
                ids.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(ids).hasSize(1);
            assertThat(listed(tenant, "pending")).containsExactlyElementsOf(ids);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aChangedBodyUrlOrAgentNeedsItsOwnApproval() {
        TenantFixture tenant = tenantRequiringApproval();
        String original = postRequiringApproval(tenant, body(false));
        Map<String, Object> changedBody = new LinkedHashMap<>(body(false));
        changedBody.put("count", 3);
        String otherAgent = TenantAdmin.createAgent(tenant, "second-agent");

        String forChangedBody = postRequiringApproval(tenant, changedBody);
        String forChangedUrl = requireApproval(tenant, Map.of("method", "POST",
                "url", SampleCalls.UNKNOWN_URL + "?dry_run=false", "body", body(false)));
        String forOtherAgent = requireApproval(tenant,
                ScanCalls.forAgent(SampleCalls.postToUnknownHost(body(false)), otherAgent));

        assertThat(List.of(original, forChangedBody, forChangedUrl, forOtherAgent)).doesNotHaveDuplicates();
        assertThat(listed(tenant, "pending")).containsExactlyInAnyOrder(original, forChangedBody, forChangedUrl,
                forOtherAgent);
    }

    @Test
    void anApprovedCallIsAllowedOnceAndThenNeedsANewApproval() {
        TenantFixture tenant = tenantRequiringApproval();
        String approvalId = openAndDecide(tenant, "approve", "fine for the quarterly export", "approved");

        HttpResult allowed = tenant.scan(SampleCalls.postToUnknownHost(body(true)));

        assertThat(allowed.field("decision")).as(allowed.text()).isEqualTo("ALLOW");
        assertThat(PolicyApiContract.reasonCodes(allowed.json())).contains("APPROVED");
        assertThat(allowed.field("approval_id")).isEqualTo(approvalId);
        assertThat(status(tenant, approvalId)).as("a used approval stays approved").isEqualTo("approved");
        assertThat(listed(tenant, "approved")).as("listed as approved once used").containsExactly(approvalId);
        JsonNode trace = TraceReader.awaitTrace(tenant, allowed.field("trace_id"));
        assertThat(trace.path("decision").asText()).isEqualTo("ALLOW");
        assertThat(trace.path("approval_id").asText()).isEqualTo(approvalId);

        String next = postRequiringApproval(tenant, body(false));

        assertThat(next).as("an approval is used once").isNotEqualTo(approvalId);
        assertThat(status(tenant, next)).isEqualTo("pending");
    }

    @Test
    void anApprovalDoesNotLetAChangedCallThrough() {
        TenantFixture tenant = tenantRequiringApproval();
        String approvalId = postRequiringApproval(tenant, body(false));
        decide(tenant, approvalId, "approve", "ok");
        Map<String, Object> changedBody = new LinkedHashMap<>(body(false));
        changedBody.put("item", "every customer's address");

        String forChangedBody = postRequiringApproval(tenant, changedBody);
        HttpResult original = tenant.scan(SampleCalls.postToUnknownHost(body(false)));

        assertThat(forChangedBody).isNotEqualTo(approvalId);
        assertThat(original.field("decision")).as("the approved call itself still goes through once")
                .isEqualTo("ALLOW");
        assertThat(original.field("approval_id")).isEqualTo(approvalId);
    }

    @Test
    void aDeniedCallIsAskedAgainWithANewApproval() {
        TenantFixture tenant = tenantRequiringApproval();
        String denied = openAndDecide(tenant, "deny", "not without a ticket", "denied");

        assertThat(listed(tenant, "denied")).containsExactly(denied);

        String next = postRequiringApproval(tenant, body(false));

        assertThat(next).isNotEqualTo(denied);
        assertThat(status(tenant, next)).isEqualTo("pending");
        assertThat(status(tenant, denied)).isEqualTo("denied");
    }

    @Test
    void onlyAPendingApprovalCanBeDecided() {
        TenantFixture tenant = tenantRequiringApproval();
        String approvalId = postRequiringApproval(tenant, body(false));
        decide(tenant, approvalId, "approve", "ok");

        assertError(decide(gateway(), tenant.key(), approvalId, "approve", "again"), 409, "CONFLICT");
        assertError(decide(gateway(), tenant.key(), approvalId, "deny", "changed my mind"), 409, "CONFLICT");
        assertThat(status(tenant, approvalId)).isEqualTo("approved");
    }

    @Test
    void anUnknownOrForeignApprovalIsNotFound() {
        TenantFixture owner = tenantRequiringApproval();
        TenantFixture other = newTenant();
        String approvalId = postRequiringApproval(owner, body(false));
        String unknown = UUID.randomUUID().toString();

        assertError(decide(gateway(), owner.key(), unknown, "approve", "?"), 404, "NOT_FOUND");
        assertError(decide(gateway(), owner.key(), unknown, "deny", "?"), 404, "NOT_FOUND");
        assertError(gateway().get("/v1/approvals/" + unknown, owner.key()), 404, "NOT_FOUND");
        assertError(decide(gateway(), other.key(), approvalId, "approve", "not mine"), 404, "NOT_FOUND");
        assertError(gateway().get("/v1/approvals/" + approvalId + "/status", other.key()), 404, "NOT_FOUND");
        assertThat(listed(other, "all")).isEmpty();
        assertThat(status(owner, approvalId)).isEqualTo("pending");
    }

    @Test
    void aScanOnlyKeyPollsTheStatusButCannotDecideOrList() {
        TenantFixture tenant = tenantRequiringApproval();
        String approvalId = postRequiringApproval(tenant, body(false));
        String scanOnly = TenantAdmin.keyWithRoles(tenant, "scan");

        assertError(decide(gateway(), scanOnly, approvalId, "approve", "self-approval"), 403, "FORBIDDEN");
        assertError(decide(gateway(), scanOnly, approvalId, "deny", "self-denial"), 403, "FORBIDDEN");
        assertError(gateway().get("/v1/approvals?status=pending", scanOnly), 403, "FORBIDDEN");
        assertThat(status(gateway(), scanOnly, approvalId)).isEqualTo("pending");
    }

    @Test
    void anApprovalCanBeDecidedWithoutAComment() {
        TenantFixture tenant = tenantRequiringApproval();
        String approvalId = postRequiringApproval(tenant, body(false));

        HttpResult answer = gateway().post("/v1/approvals/" + approvalId + "/approve", tenant.key(), "");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.field("status")).isEqualTo("approved");
        assertThat(answer.json().has("comment")).isFalse();
    }

    @Test
    void aCommentWithControlCharactersIsKeptCleaned() {
        TenantFixture tenant = tenantRequiringApproval();
        String approvalId = postRequiringApproval(tenant, body(false));

        HttpResult answer = decide(tenant, approvalId, "deny", "not\u0000 now\u0007");

        assertThat(answer.field("comment")).isEqualTo("not\ufffd now\ufffd");
        assertThat(status(tenant, approvalId)).isEqualTo("denied");
    }

    @Test
    void anUnknownStatusFilterIsRejected() {
        TenantFixture tenant = newTenant();

        assertInvalidFields(gateway().get("/v1/approvals?status=forgotten", tenant.key()), "status");
    }

    @Test
    void anApprovalExpiresAndTheSameCallThenOpensANewOne() {
        try (GatewayHarness shortLived = GatewayHarness.on(TestDatabase.fresh(database()))
                .override("approvals.ttl", "2 seconds").start()) {
            TenantFixture tenant = shortLived.newTenant();
            PolicyApi.applyApprovalForUnknownHost(tenant);
            String expiring = postRequiringApproval(tenant, body(false));
            Map<String, Object> otherBody = Map.of("item", "approved in time, used too late");
            String approvedInTime = postRequiringApproval(tenant, otherBody);
            HttpResult approval = decide(shortLived, tenant.key(), approvedInTime, "approve", "quick");

            assertThat(awaitStatus(shortLived, tenant, expiring, "expired")).isEqualTo("expired");
            assertThat(listed(tenant, "pending")).doesNotContain(expiring);
            assertThat(listed(tenant, "expired")).contains(expiring);
            assertError(decide(shortLived, tenant.key(), expiring, "approve", "too late"), 409, "CONFLICT");
            assertThat(postRequiringApproval(tenant, body(false))).isNotEqualTo(expiring);

            assumeTrue(approval.status() == 200, "the approval was decided within its 2 seconds");
            assertThat(awaitStatus(shortLived, tenant, approvedInTime, "expired")).isEqualTo("expired");
            assertThat(postRequiringApproval(tenant, otherBody)).as("an expired approval lets nothing through")
                    .isNotEqualTo(approvedInTime);
        }
    }

    /** Polls the approval's status until it is {@code wanted} (at most 10 s); the last status seen. */
    private static String awaitStatus(GatewayHarness gateway, TenantFixture tenant, String approvalId, String wanted) {
        return gateway.await("/v1/approvals/" + approvalId + "/status", tenant.key(),
                r -> wanted.equals(r.field("status"))).field("status");
    }
}
