package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import io.interven.gateway.testing.TenantFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Inputs that once made the pipeline overflow its stack (thousands of {@code a=b&} pairs in one field) get an
 * answer, never a 500, and a trace: whatever the decoders make of them, a failure inside answers DENY with
 * PIPELINE_FAILURE.
 */
abstract class DeepInputContract extends GatewayContract {

    static List<Map<String, Object>> deepCalls() {
        List<Map<String, Object>> calls = new ArrayList<>();
        for (int pairs : new int[] {1_100, 5_000}) {
            String form = "a=b&".repeat(pairs);
            calls.add(SampleCalls.postToUnknownHost(Map.of("data", form)));
            calls.add(SampleCalls.postToUnknownHost(Map.of("x", "y"), Map.of("X-Form", form)));
            calls.add(Map.of("method", "POST", "url", SampleCalls.UNKNOWN_URL,
                    "headers", Map.of("Content-Type", "application/x-www-form-urlencoded"), "body", form));
        }
        return calls;
    }

    @Test
    void thousandsOfFormPairsInAFieldAreAnsweredAndTraced() {
        TenantFixture tenant = newTenant();
        for (Map<String, Object> call : deepCalls()) {
            HttpResult answer = tenant.scan(call);

            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            assertThat(answer.field("decision")).isIn("ALLOW", "SANITIZE", "REQUIRE_APPROVAL", "DENY");
            if (answer.field("decision").equals("DENY")) {
                assertThat(answer.json().path("reason_codes").toString()).contains("PIPELINE_FAILURE");
            }
            TraceReader.awaitTrace(tenant, answer.field("trace_id"));
        }
    }
}
