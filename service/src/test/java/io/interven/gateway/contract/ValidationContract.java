package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static io.interven.gateway.contract.ErrorAssertions.assertInvalidFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code POST /v1/scan} refuses, how it says so, and that a refused request leaves nothing behind. */
abstract class ValidationContract extends GatewayContract {
    static final int MAX_BODY_BYTES = 262_144;

    /** A valid scan request of exactly {@code size} bytes, padded with a long body text. */
    static byte[] scanRequestOfSize(int size) {
        String head = "{\"method\":\"POST\",\"url\":\"https://crm.example.org/a\",\"body\":{\"text\":\"";
        String tail = "\"}}";
        String json = head + "a".repeat(size - head.length() - tail.length()) + tail;
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes).hasSize(size);
        return bytes;
    }

    private HttpResult postRaw(TenantFixture tenant, String text) {
        return gateway().post("/v1/scan", tenant.key(), text);
    }

    @Test
    void everyFailingFieldIsListedAtOnce() {
        TenantFixture tenant = newTenant();

        HttpResult answer = tenant.scan(Map.of("method", "FETCH", "url", "ftp://x", "agent_id", "nope",
                "runtime_type", "autogen", "headers", Map.of("a", 1, "b", "fine"), "body", 42));

        assertInvalidFields(answer, "method", "url", "agent_id", "runtime_type", "headers.a", "body");
    }

    @Test
    void missingMethodAndUrlAreBothListed() {
        TenantFixture tenant = newTenant();

        assertInvalidFields(tenant.scan(Map.of("body", Map.of("text", "hi"))), "method", "url");
    }

    @Test
    void wronglyTypedFieldsAreNamed() {
        TenantFixture tenant = newTenant();

        assertInvalidFields(tenant.scan(Map.of("method", 5, "url", "relative/path", "headers", "x: y",
                "agent_name", 3, "context", false)), "method", "url", "headers", "agent_name", "context");
    }

    @ParameterizedTest
    @ValueSource(strings = {"method=POST&url=https://x.example/MARKER", "{\"method\":\"POST\",\"url\":",
            "[{\"method\":\"POST\",\"url\":\"https://x.example/MARKER\"}]", "null", "\"MARKER\"", ""})
    void aBodyThatIsNotAJsonObjectIsRefusedAtTheRootWithoutEchoingIt(String body) {
        TenantFixture tenant = newTenant();

        HttpResult answer = postRaw(tenant, body);

        assertInvalidFields(answer, "$");
        assertThat(answer.text()).doesNotContain("MARKER");
    }

    @Test
    void duplicateKeysAreRefused() {
        TenantFixture tenant = newTenant();

        HttpResult answer = postRaw(tenant,
                "{\"method\":\"POST\",\"url\":\"https://a.example/\",\"url\":\"https://b.example/\"}");

        assertInvalidFields(answer, "$");
        assertThat(answer.json().path("details").get(0).path("problem").asText()).contains("duplicate");
    }

    @Test
    void aBodyOverMaxBodyBytesIsTooLarge() {
        TenantFixture tenant = newTenant();

        assertError(gateway().postBytes("/v1/scan", tenant.key(), scanRequestOfSize(300_000)), 413,
                "PAYLOAD_TOO_LARGE");
        assertError(gateway().postBytes("/v1/scan", tenant.key(), scanRequestOfSize(MAX_BODY_BYTES + 1)), 413,
                "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aStreamedBodyWithoutContentLengthIsMeasuredByTheBytesRead() {
        TenantFixture tenant = newTenant();
        byte[] large = scanRequestOfSize(300_000);

        HttpResult answer = gateway().exchange("POST", "/v1/scan",
                Map.of("Authorization", "Bearer " + tenant.key(), "Content-Type", "application/json"),
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)));

        assertError(answer, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aBodyOfExactlyMaxBodyBytesIsScanned() {
        TenantFixture tenant = newTenant();

        HttpResult answer = gateway().postBytes("/v1/scan", tenant.key(), scanRequestOfSize(MAX_BODY_BYTES));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.field("decision")).isEqualTo("ALLOW");
    }

    /**
     * A body sent with {@code Content-Encoding: gzip} is inflated by the server before the scan reads it; one that is
     * not gzip is the client's error, answered 400 at the root, not an internal error with an incident.
     */
    @Test
    void aBodyThatIsNotTheGzipItClaimsIsABadRequest() throws Exception {
        TenantFixture tenant = newTenant();
        byte[] json = GatewayHarness.write(ScanCalls.benign()).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
            gzip.write(json);
        }
        Map<String, String> headers = Map.of("Authorization", "Bearer " + tenant.key(),
                "Content-Type", "application/json", "Content-Encoding", "gzip");

        HttpResult inflated = gateway().exchange("POST", "/v1/scan", headers,
                HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray()));
        HttpResult notGzip = gateway().exchange("POST", "/v1/scan", headers,
                HttpRequest.BodyPublishers.ofByteArray(json));

        assertThat(inflated.status()).as(inflated.text()).isEqualTo(200);
        assertError(notGzip, 400, "VALIDATION_FAILED");
        assertThat(notGzip.text()).doesNotContain("incident");
    }

    @Test
    void refusedRequestsStoreNothing() {
        TenantFixture tenant = newTenant();
        tenant.scan(Map.of("method", "FETCH", "url", "https://crm.example.org/a"));
        postRaw(tenant, "{not json");
        postRaw(tenant, "");
        gateway().postBytes("/v1/scan", tenant.key(), scanRequestOfSize(300_000));
        assertThat(TraceReader.list(tenant, "limit=500")).isEmpty();

        String barrier = TraceReader.writeBarrier(tenant);

        assertThat(TraceReader.list(tenant, "limit=500")).hasSize(1)
                .allSatisfy(trace -> assertThat(trace.path("trace_id").asText()).isEqualTo(barrier));
    }

    @Test
    void anUnknownPathIsNotFoundAsJson() {
        TenantFixture tenant = newTenant();

        assertError(gateway().get("/v1/no-such-endpoint", tenant.key()), 404, "NOT_FOUND");
        assertError(gateway().get("/v1/no-such-endpoint", null), 404, "NOT_FOUND");
        assertError(gateway().post("/v2/scan", tenant.key(), GatewayHarness.write(ScanCalls.benign())), 404,
                "NOT_FOUND");
    }

    /** What a client might append after a valid top-level JSON value. */
    static final List<String> TRAILING = List.of(" garbage", "{\"a\":1}", " 1", "]", " null", "\n{}", "}", " \"x\"",
            " /* comment */", ",");

    @Test
    void dataAfterTheTopLevelJsonIsRefusedOnEveryJsonEndpoint() {
        TenantFixture tenant = newTenant();
        String approvalId = ApprovalApi.postRequiringApproval(tenantWithApprovalPolicy(tenant), Map.of("item", "x"));
        Map<String, Object> endpoints = jsonEndpoints(tenant, approvalId, "trailing");
        List<String> agentsBefore = TenantAdmin.agentIds(tenant);

        endpoints.forEach((path, body) -> {
            String key = path.equals("/v1/admin/tenants") ? gateway().bootstrapKey() : tenant.key();
            for (String trailing : TRAILING) {
                HttpResult answer = gateway().post(path, key, GatewayHarness.write(body) + trailing);

                assertThat(answer.status()).as("%s with %s: %s", path, trailing, answer.text()).isEqualTo(400);
                assertInvalidFields(answer, "$");
            }
        });
        assertThat(ApprovalApi.status(tenant, approvalId)).isEqualTo("pending");
        assertThat(TenantAdmin.agentIds(tenant)).containsExactlyInAnyOrderElementsOf(agentsBefore);
        assertThat(PolicyApi.read(tenant, "/by-name/trailing").status()).isEqualTo(404);
    }

    /**
     * Bytes that are not UTF-8 in a name of the body (an overlong {@code /}, which Jackson alone decodes, and an
     * encoded surrogate) are refused at the root before anything is read from the body, on every JSON endpoint.
     */
    @Test
    void aBodyThatIsNotUtf8IsRefusedOnEveryJsonEndpoint() {
        TenantFixture tenant = newTenant();
        String approvalId = ApprovalApi.postRequiringApproval(tenantWithApprovalPolicy(tenant), Map.of("item", "x"));
        Map<String, Object> endpoints = jsonEndpoints(tenant, approvalId, "not-utf8");
        List<String> agentsBefore = TenantAdmin.agentIds(tenant);

        endpoints.forEach((path, body) -> {
            String key = path.equals("/v1/admin/tenants") ? gateway().bootstrapKey() : tenant.key();
            for (byte[] bad : List.of(new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0xed, (byte) 0xa0,
                    (byte) 0x80})) {
                ByteArrayOutputStream sent = new ByteArrayOutputStream();
                sent.writeBytes("{\"n".getBytes(StandardCharsets.US_ASCII));
                sent.writeBytes(bad);
                sent.writeBytes("\":\"x\",".getBytes(StandardCharsets.US_ASCII));
                sent.writeBytes(GatewayHarness.write(body).substring(1).getBytes(StandardCharsets.UTF_8));
                HttpResult answer = gateway().postBytes(path, key, sent.toByteArray());

                assertInvalidFields(answer, "$");
                assertThat(answer.json().path("details").get(0).path("problem").asText()).as(path).contains("UTF-8");
            }
        });
        assertThat(ApprovalApi.status(tenant, approvalId)).isEqualTo("pending");
        assertThat(TenantAdmin.agentIds(tenant)).containsExactlyInAnyOrderElementsOf(agentsBefore);
        assertThat(PolicyApi.read(tenant, "/by-name/not-utf8").status()).isEqualTo(404);
    }

    /** A valid body for every endpoint that reads a JSON body; the approval ones decide {@code approvalId}. */
    private Map<String, Object> jsonEndpoints(TenantFixture tenant, String approvalId, String policyName) {
        String traceId = tenant.scan(ScanCalls.benign()).field("trace_id");
        Map<String, Object> document = PolicyApi.policy(policyName, List.of(PolicyApi.rule("deny-all", Map.of(),
                "DENY", 1)));
        Map<String, Object> endpoints = new LinkedHashMap<>();
        endpoints.put("/v1/scan", ScanCalls.benign());
        endpoints.put("/v1/scan/response", Map.of("trace_id", traceId, "response_body", Map.of("ok", true)));
        endpoints.put("/v1/admin/agents", Map.of("name", "late", "runtime_type", "custom", "env_name", "production"));
        endpoints.put("/v1/admin/keys", Map.of("env_name", "production", "roles", List.of("scan")));
        endpoints.put("/v1/admin/tenants", Map.of("name", "t-" + UUID.randomUUID()));
        endpoints.put("/v1/policies/apply", document);
        endpoints.put("/v1/policies/simulate", Map.of("policy", document));
        endpoints.put("/v1/approvals/" + approvalId + "/approve", Map.of("comment", "fine"));
        endpoints.put("/v1/approvals/" + approvalId + "/deny", Map.of("comment", "no"));
        return endpoints;
    }

    private static TenantFixture tenantWithApprovalPolicy(TenantFixture tenant) {
        PolicyApi.applyApprovalForUnknownHost(tenant);
        return tenant;
    }
}
