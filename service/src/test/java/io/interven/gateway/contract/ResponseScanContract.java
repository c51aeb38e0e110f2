package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.DatabaseRows;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** POST /v1/scan/response and the findings of /v1/scan answers; run once per database. */
abstract class ResponseScanContract extends GatewayContract {
    static final String GITHUB_TOKEN = PlantedValues.GITHUB_TOKEN;

    /** The trace id of a benign scan the tenant just made (not waiting for the trace to be stored). */
    static String scannedTraceId(TenantFixture tenant) {
        HttpResult scan = tenant.scan(ScanCalls.benign());
        assertThat(scan.status()).as(scan.text()).isEqualTo(200);
        return scan.field("trace_id");
    }

    /** The rows of {@code response_scans} stored for the tenant. */
    long storedResponseScans(TenantFixture tenant) {
        return Long.parseLong(DatabaseRows.column(gateway().database(),
                "SELECT COUNT(*) FROM response_scans WHERE tenant_id = '" + tenant.tenantId() + "'").get(0));
    }

    HttpResult postResponse(String key, String traceId) {
        return gateway().post("/v1/scan/response", key, Map.of("trace_id", traceId,
                "response_body", Map.of("config", "token=" + GITHUB_TOKEN), "response_status", 200));
    }

    @Test
    void aTraceIdIsUsableAtOnceAndTheClassificationIsStored() {
        TenantFixture tenant = newTenant();

        HttpResult answer = postResponse(tenant.key(), scannedTraceId(tenant));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(storedResponseScans(tenant)).isEqualTo(1);
    }

    @Test
    void aTraceIdOfAnotherTenantEnvironmentOrAgentOrNoneAtAllIsNotFoundAndStoresNothing() {
        TenantFixture tenant = newTenant();
        TenantFixture other = newTenant();
        HttpResult stagingKey = gateway().post("/v1/admin/keys", tenant.key(),
                Map.of("env_name", "staging", "roles", List.of("scan")));
        assertThat(stagingKey.status()).as(stagingKey.text()).isEqualTo(201);
        String stagingTrace = gateway().post("/v1/scan", stagingKey.field("key"), ScanCalls.benign()).field("trace_id");
        String otherTenantTrace = scannedTraceId(other);
        String ownAgent = TenantAdmin.createAgent(tenant, "own");
        String agentKey = TenantAdmin.mint(tenant, List.of("scan"), Map.of("agent_id", ownAgent)).field("key");
        String defaultAgentTrace = scannedTraceId(tenant);
        TraceReader.writeBarrier(other);
        TraceReader.writeBarrier(tenant);
        long before = storedResponseScans(tenant);
        long otherBefore = storedResponseScans(other);

        List<HttpResult> answers = List.of(
                postResponse(tenant.key(), UUID.randomUUID().toString()),
                postResponse(tenant.key(), otherTenantTrace),
                postResponse(tenant.key(), stagingTrace),
                postResponse(agentKey, defaultAgentTrace),
                postResponse(stagingKey.field("key"), defaultAgentTrace));

        for (HttpResult answer : answers) {
            ErrorAssertions.assertError(answer, 404, "NOT_FOUND");
            assertThat(answer.text()).doesNotContain(GITHUB_TOKEN);
        }
        assertThat(storedResponseScans(tenant)).isEqualTo(before);
        assertThat(storedResponseScans(other)).isEqualTo(otherBefore);
        assertThat(postResponse(agentKey, gateway().post("/v1/scan", agentKey, ScanCalls.benign())
                .field("trace_id")).status()).isEqualTo(200);
        assertThat(storedResponseScans(tenant)).isEqualTo(before + 1);
    }

    @Test
    void fieldsRedactedCountIsTheNumberOfFieldsHoldingData() {
        TenantFixture tenant = newTenant();
        Map<String, Object> response = Map.of(
                "customer", Map.of("email", "ann.lee@example.com", "plan", "pro"),
                "notes", List.of("call back tomorrow", "nothing here"),
                "config", "token=" + GITHUB_TOKEN + " and mail bob@example.org",
                "count", 3);
        HttpResult answer = gateway().post("/v1/scan/response", tenant.key(), Map.of(
                "trace_id", scannedTraceId(tenant), "response_body", response, "response_status", 200));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.get("data_classes").toString()).contains("SECRETS").contains("PII");
        assertThat(json.get("fields_redacted_count").asInt()).isEqualTo(2);
        assertThat(json.get("content_fingerprint").asText()).matches("[0-9a-f]{64}");
        assertThat(answer.text()).doesNotContain(GITHUB_TOKEN).doesNotContain("ann.lee@example.com");
    }

    @Test
    void aCleanResponseHasNoClassesAndNoRedactedFields() {
        TenantFixture tenant = newTenant();
        HttpResult answer = gateway().post("/v1/scan/response", tenant.key(), Map.of(
                "trace_id", scannedTraceId(tenant), "response_body", Map.of("ok", true, "id", 42)));

        assertThat(answer.json().get("data_classes")).isEmpty();
        assertThat(answer.json().get("fields_redacted_count").asInt()).isZero();
    }

    @Test
    void invalidResponseScansAreRejectedNamingEachField() {
        TenantFixture tenant = newTenant();
        HttpResult answer = gateway().post("/v1/scan/response", tenant.key(), Map.of(
                "trace_id", "nope", "response_body", 12, "response_status", 42));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("details").findValuesAsText("field"))
                .containsExactlyInAnyOrder("trace_id", "response_body", "response_status");
    }

    @Test
    void findingsExplainWhatWasFoundWithoutTheValue() {
        TenantFixture tenant = newTenant();
        HttpResult answer = tenant.scan(Map.of(
                "method", "POST",
                "url", "https://notes.example-corp.com/v1/notes",
                "body", Map.of("note", "key " + GITHUB_TOKEN)));

        JsonNode finding = answer.json().get("findings").get(0);
        assertThat(finding.get("entity_type").asText()).isEqualTo("GITHUB_TOKEN");
        assertThat(finding.get("data_class").asText()).isEqualTo("SECRETS");
        assertThat(finding.get("path").asText()).isEqualTo("$.note");
        assertThat(finding.get("start").asInt()).isEqualTo(4);
        assertThat(finding.get("end").asInt()).isEqualTo(4 + GITHUB_TOKEN.length());
        assertThat(finding.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(finding.get("rule_id").asText()).isNotBlank();
        assertThat(answer.json().get("findings").toString()).doesNotContain(GITHUB_TOKEN);
    }

    @Test
    void aSensitiveJsonKeyNeverAppearsInAPath() {
        TenantFixture tenant = newTenant();
        HttpResult answer = tenant.scan(Map.of(
                "method", "POST",
                "url", "https://notes.example-corp.com/v1/notes",
                "body", Map.of("by_user", Map.of("carol.king@example.com", Map.of("note", "hi")))));

        assertThat(answer.json().get("decision").asText()).isEqualTo("SANITIZE");
        assertThat(answer.json().get("findings").toString()).doesNotContain("carol.king@example.com")
                .contains("[REDACTED:EMAIL_ADDRESS]");
        assertThat(answer.json().get("sanitized_body").toString()).doesNotContain("carol.king@example.com");
    }
}
