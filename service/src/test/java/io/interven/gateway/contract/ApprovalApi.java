package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import io.interven.gateway.testing.TenantFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Calls of the approvals API ({@code /v1/approvals}) and the scans that open approvals. */
final class ApprovalApi {
    private ApprovalApi() {
    }

    /** Scans a POST of {@code body} to the unknown host; asserts REQUIRE_APPROVAL and answers the approval id. */
    static String postRequiringApproval(TenantFixture tenant, Object body) {
        return requireApproval(tenant, SampleCalls.postToUnknownHost(body));
    }

    /** Scans {@code request}; asserts REQUIRE_APPROVAL with an approval id and answers it. */
    static String requireApproval(TenantFixture tenant, Map<String, Object> request) {
        HttpResult scan = tenant.scan(request);
        assertThat(scan.status()).as(scan.text()).isEqualTo(200);
        assertThat(scan.field("decision")).as(scan.text()).isEqualTo("REQUIRE_APPROVAL");
        assertThat(scan.field("approval_id")).as(scan.text()).matches("[0-9a-f-]{36}");
        return scan.field("approval_id");
    }

    /** {@code GET /v1/approvals/{id}/status} with {@code key}; the status text, failing on any other answer. */
    static String status(GatewayHarness gateway, String key, String approvalId) {
        HttpResult answer = gateway.get("/v1/approvals/" + approvalId + "/status", key);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.field("approval_id")).isEqualTo(approvalId);
        return answer.field("status");
    }

    static String status(TenantFixture tenant, String approvalId) {
        return status(tenant.gateway(), tenant.key(), approvalId);
    }

    /** {@code POST /v1/approvals/{id}/approve} or {@code /deny} ({@code verdict}) with a comment; the raw answer. */
    static HttpResult decide(GatewayHarness gateway, String key, String approvalId, String verdict, String comment) {
        return gateway.post("/v1/approvals/" + approvalId + "/" + verdict, key, Map.of("comment", comment));
    }

    /** Approves or denies with the tenant's analyst key, asserting it succeeded. */
    static HttpResult decide(TenantFixture tenant, String approvalId, String verdict, String comment) {
        HttpResult answer = decide(tenant.gateway(), tenant.key(), approvalId, verdict, comment);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer;
    }

    /** The approval ids {@code GET /v1/approvals?status=} lists now. */
    static List<String> listed(TenantFixture tenant, String status) {
        HttpResult answer = tenant.gateway().get("/v1/approvals?status=" + status, tenant.key());
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().forEach(approval -> ids.add(approval.path("approval_id").asText()));
        return ids;
    }
}
