package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static io.interven.gateway.contract.TenantAdmin.agentIds;
import static io.interven.gateway.contract.TenantAdmin.createAgent;
import static io.interven.gateway.contract.TenantAdmin.keyWithRoles;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may call what: Bearer keys, roles, and tenants that never reach into each other. */
abstract class AuthContract extends GatewayContract {

    private HttpResult scanWithAuthorization(Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Content-Type", "application/json");
        return gateway().exchange("POST", "/v1/scan", all,
                HttpRequest.BodyPublishers.ofString(GatewayHarness.write(ScanCalls.benign())));
    }

    private static void assertUnauthorized(HttpResult answer) {
        JsonNode json = assertError(answer, 401, "UNAUTHORIZED");
        assertThat(json.path("details")).isEmpty();
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void aRequestWithoutAuthorizationIsUnauthorized() {
        assertUnauthorized(scanWithAuthorization(Map.of()));
    }

    @Test
    void aValidKeyUnderAnotherSchemeIsUnauthorized() {
        TenantFixture tenant = newTenant();

        assertUnauthorized(scanWithAuthorization(Map.of("Authorization", "Basic " + tenant.key())));
        assertUnauthorized(scanWithAuthorization(Map.of("Authorization", tenant.key())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-key", "iv_live_short", "iv_test_0123456789abcdefghij", "iv_live_has spaces in it!!"})
    void aMalformedKeyIsUnauthorized(String key) {
        assertUnauthorized(gateway().post("/v1/scan", key, ScanCalls.benign()));
    }

    @Test
    void anUnknownWellFormedKeyIsUnauthorized() {
        assertUnauthorized(gateway().post("/v1/scan", "iv_live_" + UUID.randomUUID().toString().replace("-", ""),
                ScanCalls.benign()));
        assertUnauthorized(gateway().post("/v1/scan", "iv_eph_" + UUID.randomUUID().toString().replace("-", ""),
                ScanCalls.benign()));
    }

    @Test
    void aRevokedKeyIsUnauthorizedFromThenOn() {
        TenantFixture tenant = newTenant();
        HttpResult minted = TenantAdmin.mint(tenant, List.of("scan"), Map.of());
        String key = minted.field("key");
        assertThat(gateway().post("/v1/scan", key, ScanCalls.benign()).status()).isEqualTo(200);

        HttpResult revoked = gateway().delete("/v1/admin/keys/" + minted.field("key_id"), tenant.key());

        assertThat(revoked.status()).as(revoked.text()).isEqualTo(204);
        assertUnauthorized(gateway().post("/v1/scan", key, ScanCalls.benign()));
        assertThat(tenant.scan(ScanCalls.benign()).status()).as("the tenant's other keys still work").isEqualTo(200);
    }

    @Test
    void aScanOnlyKeyIsForbiddenFromPluginsTracesAndAdministration() {
        TenantFixture tenant = newTenant();
        String scanOnly = keyWithRoles(tenant, "scan");

        assertError(gateway().get("/v1/plugins", scanOnly), 403, "FORBIDDEN");
        assertError(gateway().get("/v1/traces", scanOnly), 403, "FORBIDDEN");
        assertError(gateway().get("/v1/admin/keys", scanOnly), 403, "FORBIDDEN");
        assertError(gateway().post("/v1/admin/agents", scanOnly,
                Map.of("name", "sneaky", "runtime_type", "custom", "env_name", "production")), 403, "FORBIDDEN");
        assertThat(agentIds(tenant)).as("no agent was created").hasSize(1);
        assertThat(gateway().post("/v1/scan", scanOnly, ScanCalls.benign()).status()).isEqualTo(200);
    }

    @Test
    void anAnalystOnlyKeyReadsTracesButCannotScan() {
        TenantFixture tenant = newTenant();
        String traceId = tenant.scan(ScanCalls.benign()).field("trace_id");
        String analyst = keyWithRoles(tenant, "analyst");

        HttpResult trace = gateway().await("/v1/traces/" + traceId, analyst, r -> r.status() == 200);
        assertThat(trace.status()).as(trace.text()).isEqualTo(200);
        assertThat(trace.field("trace_id")).isEqualTo(traceId);
        assertThat(gateway().get("/v1/traces", analyst).status()).isEqualTo(200);
        assertError(gateway().post("/v1/scan", analyst, ScanCalls.benign()), 403, "FORBIDDEN");
        assertError(gateway().get("/v1/plugins", analyst), 403, "FORBIDDEN");
    }

    @Test
    void onlyAnOperatorKeyCreatesTenants() {
        TenantFixture tenant = newTenant();
        String name = "t-" + UUID.randomUUID();

        assertError(gateway().post("/v1/admin/tenants", tenant.key(), Map.of("name", name)), 403, "FORBIDDEN");
        HttpResult byOperator = gateway().post("/v1/admin/tenants", gateway().bootstrapKey(), Map.of("name", name));

        assertThat(byOperator.status()).as("the name was not taken by the refused call: %s", byOperator.text())
                .isEqualTo(201);
    }

    @Test
    void aTenantIdFromANonOperatorKeyIsIgnored() {
        TenantFixture own = newTenant();
        TenantFixture other = newTenant();

        HttpResult created = gateway().post("/v1/admin/agents", own.key(), Map.of("name", "mine",
                "runtime_type", "custom", "env_name", "production", "tenant_id", other.tenantId()));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.field("tenant_id")).isEqualTo(own.tenantId());
        assertThat(agentIds(own)).contains(created.field("agent_id"));
        assertThat(agentIds(other)).doesNotContain(created.field("agent_id"));
    }

    @Test
    void anOperatorKeyActsInTheTenantItNames() {
        TenantFixture other = newTenant();

        HttpResult created = gateway().post("/v1/admin/agents", gateway().bootstrapKey(), Map.of("name", "placed",
                "runtime_type", "crewai", "env_name", "production", "tenant_id", other.tenantId()));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.field("tenant_id")).isEqualTo(other.tenantId());
        assertThat(agentIds(other)).contains(created.field("agent_id"));
    }

    @Test
    void aScanNamingAnotherTenantsAgentWithoutRegistrationIsRefusedAndLeavesNoTrace() {
        TenantFixture own = newTenant();
        TenantFixture other = newTenant();
        String foreignAgent = createAgent(other, "theirs");
        HttpResult closed = gateway().patch(TenantSettingsApi.path(own.tenantId()), own.key(),
                Map.of("auto_register_agents", false));
        assertThat(closed.status()).as(closed.text()).isEqualTo(200);

        HttpResult answer = own.scan(ScanCalls.forAgent(ScanCalls.emailToUnknownDestination(), foreignAgent));

        JsonNode json = assertError(answer, 403, "FORBIDDEN");
        assertThat(ErrorAssertions.failingFields(answer)).containsExactly("agent_id");
        assertThat(json.has("trace_id")).isFalse();
        String barrier = TraceReader.writeBarrier(own);
        JsonNode ownTraces = TraceReader.list(own, "limit=500");
        assertThat(ownTraces).hasSize(1);
        assertThat(ownTraces.get(0).path("trace_id").asText()).isEqualTo(barrier);
        assertThat(TraceReader.list(other, "limit=500")).isEmpty();
    }

    @Test
    void aScanNamingAnAgentOfItsOwnTenantIsTracedForThatAgent() {
        TenantFixture tenant = newTenant();
        String agentId = createAgent(tenant, "named");

        HttpResult answer = tenant.scan(ScanCalls.forAgent(ScanCalls.benign(), agentId));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode trace = TraceReader.awaitTrace(tenant, answer.field("trace_id"));
        assertThat(trace.path("agent_id").asText()).isEqualTo(agentId);
        assertThat(trace.path("agent_name").asText()).isEqualTo("named");
    }

    /**
     * A client on a slow link sends the head first. The 401/403 is answered before the body is read, then Jetty
     * closes the connection without {@code Connection: close}, so a keep-alive client (java.net.http, SDKs) reuses a
     * dead connection and its next request fails ("header parser received no bytes").
     */
    @Test
    void aRefusedRequestLeavesItsConnectionUsableOrAnnouncesItsClose() throws Exception {
        TenantFixture tenant = newTenant();
        String scanOnly = keyWithRoles(tenant, "scan");
        String body = GatewayHarness.write(Map.of("name", "late", "runtime_type", "custom", "env_name", "production"));

        List<SlowBodyRequest.Outcome> outcomes = List.of(
                SlowBodyRequest.post(gateway().baseUrl(), "/v1/scan", null, body, 200),
                SlowBodyRequest.post(gateway().baseUrl(), "/v1/admin/agents", scanOnly, body, 200));

        assertThat(outcomes).extracting(SlowBodyRequest.Outcome::status).containsExactly(401, 403);
        for (SlowBodyRequest.Outcome outcome : outcomes) {
            if (outcome.closedByServer()) {
                assertThat(outcome.head()).as("a connection the server closes after answering")
                        .containsIgnoringCase("Connection: close");
            }
        }
    }
}
