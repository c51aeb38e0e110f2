package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import io.interven.gateway.testing.TenantFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scan and analyst keys act only in their own environment: a staging analyst neither lists, reads nor decides
 * production traces and approvals, nor reads production policies. Ids of another environment are not found (so
 * they do not leak); naming another environment answers 403 CROSS_ENVIRONMENT. Admin keys span environments.
 */
abstract class EnvironmentScopeContract extends GatewayContract {

    /** A key of the tenant in {@code envName} with these roles. */
    static String key(TenantFixture tenant, String envName, String... roles) {
        HttpResult answer = tenant.gateway().post("/v1/admin/keys", tenant.key(),
                Map.of("env_name", envName, "roles", List.of(roles)));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.field("key");
    }

    /** A production tenant with a pending approval and its trace: {@code [approval_id, trace_id]}. */
    static List<String> productionApproval(TenantFixture tenant) {
        PolicyApi.applyApprovalForUnknownHost(tenant);
        HttpResult scan = tenant.scan(SampleCalls.postToUnknownHost(Map.of("item", "report")));
        assertThat(scan.field("decision")).as(scan.text()).isEqualTo("REQUIRE_APPROVAL");
        TraceReader.awaitTrace(tenant, scan.field("trace_id"));
        return List.of(scan.field("approval_id"), scan.field("trace_id"));
    }

    static List<String> ids(HttpResult list, String field) {
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().forEach(item -> ids.add(item.path(field).asText()));
        return ids;
    }

    @Test
    void aStagingAnalystNeitherReadsNorDecidesProductionTracesAndApprovals() {
        TenantFixture tenant = newTenant();
        List<String> production = productionApproval(tenant);
        String approvalId = production.get(0);
        String traceId = production.get(1);
        GatewayHarness gateway = gateway();
        String analyst = key(tenant, "staging", "analyst", "scan");
        String stagingTrace = gateway.post("/v1/scan", analyst, ScanCalls.benign()).field("trace_id");
        TraceReader.writeBarrier(tenant);

        assertError(gateway.get("/v1/traces/" + traceId, analyst), 404, "NOT_FOUND");
        assertThat(ids(gateway.get("/v1/traces?limit=500", analyst), "trace_id"))
                .contains(stagingTrace).doesNotContain(traceId);
        assertError(gateway.get("/v1/traces?env=production", analyst), 403, "CROSS_ENVIRONMENT");
        for (String status : List.of("pending", "all", "approved")) {
            assertThat(ids(gateway.get("/v1/approvals?status=" + status, analyst), "approval_id"))
                    .doesNotContain(approvalId);
        }
        assertError(gateway.get("/v1/approvals?env=production", analyst), 403, "CROSS_ENVIRONMENT");
        assertError(gateway.get("/v1/approvals/" + approvalId, analyst), 404, "NOT_FOUND");
        assertError(gateway.get("/v1/approvals/" + approvalId + "/status", analyst), 404, "NOT_FOUND");
        assertError(ApprovalApi.decide(gateway, analyst, approvalId, "approve", "ok"), 404, "NOT_FOUND");
        assertError(ApprovalApi.decide(gateway, analyst, approvalId, "deny", "no"), 404, "NOT_FOUND");

        assertThat(ApprovalApi.status(tenant, approvalId)).isEqualTo("pending");
        assertThat(ApprovalApi.listed(tenant, "pending")).contains(approvalId);
    }

    @Test
    void aStagingScanKeyCannotPollAProductionApproval() {
        TenantFixture tenant = newTenant();
        String approvalId = productionApproval(tenant).get(0);
        String scanKey = key(tenant, "staging", "scan");

        assertError(gateway().get("/v1/approvals/" + approvalId + "/status", scanKey), 404, "NOT_FOUND");
    }

    @Test
    void aStagingAnalystCannotReadOrSimulateProductionPolicies() {
        TenantFixture tenant = newTenant();
        PolicyApi.applyApprovalForUnknownHost(tenant);
        String analyst = key(tenant, "staging", "analyst");
        GatewayHarness gateway = gateway();

        for (String path : List.of("/v1/policies?env=production",
                "/v1/policies/by-name/approve-unknown-host?env=production",
                "/v1/policies/by-name/approve-unknown-host/versions?env=production",
                "/v1/policies/by-name/approve-unknown-host/versions/1?env=production")) {
            HttpResult answer = gateway.get(path, analyst);
            assertError(answer, 403, "CROSS_ENVIRONMENT");
            assertThat(answer.text()).as(path).doesNotContain("unknown-host-needs-approval");
        }
        HttpResult simulation = gateway.post("/v1/policies/simulate", analyst, Map.of("policy",
                PolicyApi.policy("draft", Map.of("env_name", "production"), List.of(PolicyApi.rule("deny-all",
                        Map.of(), "DENY", 1)))));
        assertError(simulation, 403, "CROSS_ENVIRONMENT");
        assertThat(ids(gateway.get("/v1/policies", analyst), "name")).doesNotContain("approve-unknown-host");
        assertThat(gateway.get("/v1/policies?env=staging", analyst).status()).isEqualTo(200);
    }

    @Test
    void anAdminKeyReachesEveryEnvironmentOfItsTenant() {
        TenantFixture tenant = newTenant();
        String stagingAdmin = key(tenant, "staging", "admin");
        List<String> production = productionApproval(tenant);
        GatewayHarness gateway = gateway();

        assertThat(gateway.get("/v1/traces/" + production.get(1), stagingAdmin).status()).isEqualTo(200);
        assertThat(ids(gateway.get("/v1/traces?env=production", stagingAdmin), "trace_id"))
                .contains(production.get(1));
        assertThat(ids(gateway.get("/v1/approvals?env=production", stagingAdmin), "approval_id"))
                .contains(production.get(0));
        assertThat(gateway.get("/v1/policies?env=production", stagingAdmin).status()).isEqualTo(200);
        assertThat(ApprovalApi.decide(gateway, stagingAdmin, production.get(0), "approve", "ok").status())
                .isEqualTo(200);
    }
}
