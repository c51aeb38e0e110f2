package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static io.interven.gateway.contract.EphemeralKeys.listed;
import static io.interven.gateway.contract.EphemeralKeys.mint;
import static io.interven.gateway.contract.EphemeralKeys.slackWrite;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.DatabaseRows;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import io.interven.gateway.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A gateway whose trace buffer is full answers a scan 503 TRACE_BUFFER_FULL with Retry-After before deciding
 * anything (an ephemeral key keeps its use), never a decision it could not audit. Traces still in the buffer keep
 * their trace_id usable (read-your-writes: GET /v1/traces/{id} and /v1/scan/response, never for another tenant)
 * and are written when the gateway stops.
 */
abstract class TraceBufferContract {
    abstract String database();

    @Test
    void aFullTraceBufferAnswers503BeforeDecidingAndBufferedTracesStayUsable() {
        TestDatabase database = TestDatabase.fresh(database());
        List<String> answered;
        // two places, and batches that wait ten minutes to fill: the first two traces hold both places
        try (GatewayHarness gateway = GatewayHarness.on(database).override("traces.queueCapacity", "2")
                .override("traces.batchSize", "50").override("traces.flushInterval", "10 minutes").start()) {
            TenantFixture tenant = gateway.newTenant();
            HttpResult minted = mint(gateway, tenant.key(), slackWrite(600, 1));
            HttpResult first = tenant.scan(ScanCalls.benign());
            HttpResult second = tenant.scan(ScanCalls.benign());
            assertThat(first.status()).as(first.text()).isEqualTo(200);
            assertThat(second.status()).as(second.text()).isEqualTo(200);
            answered = List.of(first.field("trace_id"), second.field("trace_id"));

            HttpResult refused = gateway.post("/v1/scan", minted.field("key"), ScanCalls.benign());
            HttpResult alsoRefused = tenant.scan(ScanCalls.benign());

            for (HttpResult answer : List.of(refused, alsoRefused)) {
                assertError(answer, 503, "TRACE_BUFFER_FULL");
                assertThat(answer.headers().firstValue("Retry-After")).hasValue("2");
                assertThat(answer.json().has("decision")).isFalse();
            }
            assertThat(listed(gateway, tenant.key(), minted.field("key_id")).path("uses_left").asInt())
                    .as("the refused scan counted no use of the ephemeral key").isEqualTo(1);
            assertThat(storedTraces(database, answered)).as("both traces still wait in the buffer").isZero();
            HttpResult response = gateway.post("/v1/scan/response", tenant.key(), Map.of("trace_id",
                    answered.get(0), "response_body", Map.of("ok", true), "response_status", 200));
            assertThat(response.status()).as("a buffered trace's id is usable at once: %s", response.text())
                    .isEqualTo(200);
            HttpResult read = gateway.get("/v1/traces/" + answered.get(1), tenant.key());
            assertThat(read.status()).as("a buffered trace is readable at once: %s", read.text()).isEqualTo(200);
            assertThat(read.field("trace_id")).isEqualTo(answered.get(1));
            assertThat(read.field("decision")).isEqualTo("ALLOW");
            TenantFixture other = gateway.newTenant();
            assertError(gateway.get("/v1/traces/" + answered.get(1), other.key()), 404, "NOT_FOUND");
        }
        assertThat(storedTraces(database, answered)).as("the buffered traces written on stop").isEqualTo(2);
    }

    private static long storedTraces(TestDatabase database, List<String> traceIds) {
        String ids = String.join("', '", traceIds);
        return Long.parseLong(DatabaseRows.column(database,
                "SELECT COUNT(*) FROM traces WHERE CAST(trace_id AS VARCHAR(36)) IN ('" + ids + "')").get(0));
    }
}
