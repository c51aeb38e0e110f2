package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static io.interven.gateway.contract.ErrorAssertions.assertInvalidFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Traces as analysts read them: what was decided and where data was found, never the data itself. */
abstract class TraceContract extends GatewayContract {

    private static String scanned(TenantFixture tenant, Map<String, Object> request) {
        HttpResult answer = tenant.scan(request);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.field("trace_id");
    }

    private static List<String> traceIds(JsonNode traces) {
        List<String> ids = new ArrayList<>();
        traces.forEach(trace -> ids.add(trace.path("trace_id").asText()));
        return ids;
    }

    @Test
    void aTraceRecordsTheDecisionAndWhereDataWasFoundButNoValue() {
        TenantFixture tenant = newTenant();
        Map<String, Object> request = ScanCalls.emailToUnknownDestination();
        HttpResult answer = tenant.scan(request);
        assertThat(answer.field("decision")).as(answer.text()).isEqualTo("SANITIZE");

        JsonNode trace = TraceReader.awaitTrace(tenant, answer.field("trace_id"));

        assertThat(trace.path("trace_id").asText()).isEqualTo(answer.field("trace_id"));
        assertThat(trace.path("env_name").asText()).isEqualTo("production");
        assertThat(trace.path("agent_id").asText()).isEqualTo(TenantAdmin.defaultAgentId(tenant));
        assertThat(trace.path("tool_name").asText()).isEqualTo("custom_proxy");
        assertThat(trace.path("operation").asText()).isEqualTo("http_post");
        assertThat(trace.path("verb").asText()).isEqualTo("WRITE");
        assertThat(trace.path("decision").asText()).isEqualTo("SANITIZE");
        assertThat(trace.path("risk_score").asDouble()).isEqualTo(answer.json().path("risk_score").asDouble());
        assertThat(trace.path("risk_band").asText()).isEqualTo(answer.field("risk_band"));
        assertThat(trace.path("reason_codes")).extracting(JsonNode::asText).contains("PII");
        assertThat(trace.path("classifications")).extracting(JsonNode::asText).containsExactly("PII");
        JsonNode finding = trace.path("findings").get(0);
        assertThat(finding.path("entity_type").asText()).isEqualTo("EMAIL_ADDRESS");
        assertThat(finding.path("path").asText()).isEqualTo("$.note");
        assertThat(finding.path("start").asInt()).isEqualTo("call back ".length());
        assertThat(finding.path("end").asInt()).isEqualTo("call back ".length() + ScanCalls.EMAIL.length());
        assertThat(finding.has("value")).isFalse();
        String compactBody = GatewayHarness.write(request.get("body"));
        assertThat(trace.path("body_bytes").asInt()).isEqualTo(compactBody.getBytes(StandardCharsets.UTF_8).length);
        assertThat(trace.path("body_fingerprint").asText()).matches("[0-9a-f]{64}");
        HttpResult raw = gateway().get("/v1/traces/" + answer.field("trace_id"), tenant.key());
        assertThat(raw.text()).doesNotContain(ScanCalls.EMAIL).doesNotContain("jane.doe");
    }

    @Test
    void theListFiltersByDecisionAgentSinceAndLimit() throws InterruptedException {
        TenantFixture tenant = newTenant();
        String agent = TenantAdmin.createAgent(tenant, "filtered");
        String allowed = scanned(tenant, ScanCalls.benign());
        Thread.sleep(10);
        String sanitizedByDefaultAgent = scanned(tenant, ScanCalls.emailToUnknownDestination());
        TraceReader.awaitList(tenant, "limit=500", 2);
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        String sanitizedByAgent = scanned(tenant, ScanCalls.forAgent(ScanCalls.emailToUnknownDestination(), agent));
        TraceReader.awaitList(tenant, "limit=500", 3);

        assertThat(traceIds(TraceReader.list(tenant, "decision=SANITIZE")))
                .containsExactly(sanitizedByAgent, sanitizedByDefaultAgent);
        assertThat(traceIds(TraceReader.list(tenant, "decision=ALLOW"))).containsExactly(allowed);
        assertThat(traceIds(TraceReader.list(tenant, "decision=SANITIZE&agent_id=" + agent)))
                .containsExactly(sanitizedByAgent);
        assertThat(traceIds(TraceReader.list(tenant, "decision=ALLOW&agent_id=" + agent))).isEmpty();
        assertThat(traceIds(TraceReader.list(tenant, "since=" + between))).containsExactly(sanitizedByAgent);
        assertThat(traceIds(TraceReader.list(tenant, "since=" + Instant.now().plusSeconds(3600)))).isEmpty();
        assertThat(traceIds(TraceReader.list(tenant, "limit=1"))).containsExactly(sanitizedByAgent);
        assertThat(traceIds(TraceReader.list(tenant, "limit=2&decision=SANITIZE&agent_id=" + agent
                + "&since=" + between))).containsExactly(sanitizedByAgent);
        assertThat(traceIds(TraceReader.list(tenant, ""))).containsExactly(sanitizedByAgent, sanitizedByDefaultAgent,
                allowed);
    }

    @Test
    void invalidFiltersAreEachNamed() {
        TenantFixture tenant = newTenant();

        assertInvalidFields(gateway().get("/v1/traces?limit=0", tenant.key()), "limit");
        assertInvalidFields(gateway().get("/v1/traces?limit=501", tenant.key()), "limit");
        assertInvalidFields(gateway().get("/v1/traces?limit=abc", tenant.key()), "limit");
        assertInvalidFields(gateway().get("/v1/traces?decision=MAYBE", tenant.key()), "decision");
        assertInvalidFields(gateway().get("/v1/traces?since=yesterday", tenant.key()), "since");
        // instants Instant.parse reads but whose epoch milliseconds overflow, and the first beyond the year 9999
        assertInvalidFields(gateway().get("/v1/traces?since=%2B1000000000-12-31T23:59:59Z", tenant.key()), "since");
        assertInvalidFields(gateway().get("/v1/traces?since=-1000000000-01-01T00:00:00Z", tenant.key()), "since");
        assertInvalidFields(gateway().get("/v1/traces?since=%2B10000-01-01T00:00:00Z", tenant.key()), "since");
        assertInvalidFields(gateway().get("/v1/traces?agent_id=x", tenant.key()), "agent_id");
        assertInvalidFields(gateway().get("/v1/traces?limit=0&decision=MAYBE&since=yesterday&agent_id=x",
                tenant.key()), "limit", "decision", "since", "agent_id");
    }

    @Test
    void anotherTenantCannotReadOrListATrace() {
        TenantFixture owner = newTenant();
        TenantFixture other = newTenant();
        String traceId = scanned(owner, ScanCalls.benign());
        TraceReader.awaitTrace(owner, traceId);

        assertError(gateway().get("/v1/traces/" + traceId, other.key()), 404, "NOT_FOUND");
        assertThat(TraceReader.list(other, "limit=500")).isEmpty();
    }

    @Test
    void anUnknownTraceIsNotFoundAndAMalformedIdIsNamed() {
        TenantFixture tenant = newTenant();

        assertError(gateway().get("/v1/traces/" + UUID.randomUUID(), tenant.key()), 404, "NOT_FOUND");
        assertInvalidFields(gateway().get("/v1/traces/not-a-uuid", tenant.key()), "trace_id");
    }

    @Test
    void fingerprintsMatchWithinATenantAndDifferAcrossTenants() {
        TenantFixture first = newTenant();
        TenantFixture second = newTenant();
        Map<String, Object> request = Map.of("method", "POST", "url", "https://hooks.slack.com/services/T1/B1/x",
                "body", Map.of("text", "same body " + UUID.randomUUID()));

        String once = fingerprint(first, scanned(first, request));
        String twice = fingerprint(first, scanned(first, request));
        String elsewhere = fingerprint(second, scanned(second, request));
        String otherBody = fingerprint(first, scanned(first, ScanCalls.benign()));

        assertThat(once).matches("[0-9a-f]{64}").isEqualTo(twice);
        assertThat(elsewhere).matches("[0-9a-f]{64}").isNotEqualTo(once);
        assertThat(otherBody).isNotEqualTo(once);
    }

    private static String fingerprint(TenantFixture tenant, String traceId) {
        return TraceReader.awaitTrace(tenant, traceId).path("body_fingerprint").asText();
    }
}
