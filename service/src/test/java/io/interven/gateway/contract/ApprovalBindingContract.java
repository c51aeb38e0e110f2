package io.interven.gateway.contract;

import static io.interven.gateway.contract.ApprovalApi.decide;
import static io.interven.gateway.contract.ApprovalApi.requireApproval;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import io.interven.gateway.testing.TenantFixture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An approval is bound to the whole call, headers included: credentials added in new headers (or in a volatile
 * one) make another call that needs its own decision, while a change of volatile headers alone (dates, user
 * agents, request ids, trace context, the case of a name) still uses the approval, once.
 */
abstract class ApprovalBindingContract extends GatewayContract {
    static final String AWS_KEY = "AKIA" + "Q3EGUJFX7YLP2K4M";
    static final String GITHUB_TOKEN = PlantedValues.GITHUB_TOKEN;

    private static final Map<String, Object> BODY = Map.of("item", "quarterly report", "count", 2);

    private static Map<String, String> approvedHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "export-agent/1.0");
        headers.put("X-Request-Id", "req-1");
        headers.put("X-Team", "finance");
        return headers;
    }

    private static Map<String, String> plus(Map<String, String> extra) {
        Map<String, String> headers = approvedHeaders();
        headers.putAll(extra);
        return headers;
    }

    /** The same call with credentials where the approved call had none: each is another call. */
    static List<Map<String, String>> headersCarryingCredentials() {
        return List.of(
                plus(Map.of("X-Aws-Access-Key", AWS_KEY, "X-GitHub-Token", GITHUB_TOKEN)),
                plus(Map.of("X-Aws-Access-Key", AWS_KEY)),
                plus(Map.of("X-Debug", "token=" + GITHUB_TOKEN)),
                plus(Map.of("Authorization", "Bearer " + GITHUB_TOKEN)),
                plus(Map.of("X-Request-Id", GITHUB_TOKEN)),
                plus(Map.of("User-Agent", "export-agent/1.0 " + AWS_KEY)),
                plus(Map.of("traceparent", "00-" + AWS_KEY + "-01")));
    }

    /** The approved call again, differing only in volatile headers (and the case of header names). */
    private static Map<String, String> volatileChangesOnly(int round) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("User-Agent", "export-agent/2." + round);
        headers.put("X-Request-Id", "req-" + UUID.randomUUID());
        headers.put("x-team", "finance");
        headers.put("Date", "Tue, 01 Dec 2026 10:0" + round + ":00 GMT");
        headers.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e473" + round + "-00f067aa0ba902b7-01");
        headers.put("X-B3-TraceId", "80f198ee56343ba864fe8b2a57d3eff" + round);
        headers.put("X-Amzn-Trace-Id", "Root=1-67891233-abcdef01234567890123456" + round);
        headers.put("Content-Length", Integer.toString(40 + round));
        return headers;
    }

    private static HttpResult scan(TenantFixture tenant, Map<String, String> headers) {
        HttpResult answer = tenant.scan(SampleCalls.postToUnknownHost(BODY, headers));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer;
    }

    private String approvedCall(TenantFixture tenant) {
        String approvalId = requireApproval(tenant, SampleCalls.postToUnknownHost(BODY, approvedHeaders()));
        decide(tenant, approvalId, "approve", "a harmless export");
        return approvalId;
    }

    @Test
    void anApprovalDoesNotLetTheCallThroughWithCredentialsInItsHeaders() {
        TenantFixture tenant = newTenant();
        PolicyApi.applyApprovalForUnknownHost(tenant);
        String approvalId = approvedCall(tenant);

        List<String> gotThrough = new ArrayList<>();
        for (Map<String, String> headers : headersCarryingCredentials()) {
            HttpResult answer = scan(tenant, headers);
            if (answer.field("decision").equals("ALLOW") || answer.text().contains("APPROVED")
                    || approvalId.equals(answer.field("approval_id"))) {
                gotThrough.add(headers.keySet() + ": " + answer.text());
            }
        }

        assertThat(gotThrough).as("calls the approval let through").isEmpty();
        HttpResult original = scan(tenant, approvedHeaders());
        assertThat(original.field("decision")).as("the approval is still unused").isEqualTo("ALLOW");
        assertThat(original.field("approval_id")).isEqualTo(approvalId);
    }

    @Test
    void volatileHeadersAloneStillUseTheApprovalOnce() {
        TenantFixture tenant = newTenant();
        PolicyApi.applyApprovalForUnknownHost(tenant);
        String approvalId = approvedCall(tenant);

        HttpResult allowed = scan(tenant, volatileChangesOnly(1));

        assertThat(allowed.field("decision")).as(allowed.text()).isEqualTo("ALLOW");
        assertThat(PolicyApiContract.reasonCodes(allowed.json())).contains("APPROVED");
        assertThat(allowed.field("approval_id")).isEqualTo(approvalId);

        HttpResult again = scan(tenant, volatileChangesOnly(2));

        assertThat(again.field("decision")).as("an approval is used once: %s", again.text())
                .isEqualTo("REQUIRE_APPROVAL");
        assertThat(again.field("approval_id")).isNotEqualTo(approvalId);
    }
}
