package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static io.interven.gateway.contract.ErrorAssertions.assertInvalidFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An {@code agent_id} a tenant has never used is registered on its first scan, in the key's tenant and environment,
 * unless the tenant turned {@code auto_register_agents} off. Agent ids are scoped by tenant.
 */
abstract class AgentFirstUseContract extends GatewayContract {
    static final String GITHUB_TOKEN = "ghp_" + "R8bY2kqN5tLw3xZ9mC4vF7hJ1sD6gA2IHz84";

    /** The reference's own {@code /v1/scan} example, naming {@code agentId}. */
    static Map<String, Object> referenceExample(String agentId) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("method", "POST");
        request.put("url", "https://hooks.slack.com/services/T../B../secret");
        request.put("headers", Map.of("Content-Type", "application/json"));
        request.put("body", Map.of("text", "hello"));
        request.put("agent_id", agentId);
        request.put("runtime_type", "langchain");
        return request;
    }

    static Map<String, Object> with(Map<String, Object> request, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(request);
        copy.put(field, value);
        return copy;
    }

    /** The agent of this id as {@code GET /v1/admin/agents} lists it for the tenant; null when not listed. */
    static JsonNode listedAgent(TenantFixture tenant, String agentId) {
        HttpResult answer = tenant.gateway().get("/v1/admin/agents", tenant.key());
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode found = null;
        for (JsonNode agent : answer.json()) {
            if (agent.path("agent_id").asText().equals(agentId)) {
                assertThat(found).as("agent %s listed once", agentId).isNull();
                found = agent;
            }
        }
        return found;
    }

    static void setAutoRegister(TenantFixture tenant, boolean on) {
        HttpResult answer = tenant.gateway().patch(TenantSettingsApi.path(tenant.tenantId()), tenant.key(),
                Map.of("auto_register_agents", on));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().path("auto_register_agents").asBoolean()).isEqualTo(on);
    }

    @Test
    void theReferenceExampleWithAnUnseenAgentIdAnswers200AndRegistersTheAgent() {
        TenantFixture tenant = newTenant();
        String agentId = UUID.randomUUID().toString();

        HttpResult answer = tenant.scan(referenceExample(agentId));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.field("decision")).isNotBlank();
        JsonNode agent = listedAgent(tenant, agentId);
        assertThat(agent).isNotNull();
        assertThat(agent.path("name").asText()).isEqualTo("agent-" + agentId.substring(0, 8));
        assertThat(agent.path("runtime_type").asText()).isEqualTo("langchain");
        assertThat(agent.path("env_name").asText()).isEqualTo("production");
        assertThat(agent.path("registered_on_first_use").asBoolean()).isTrue();
        assertThat(TenantAdmin.defaultAgentId(tenant)).isNotEqualTo(agentId);
        JsonNode trace = TraceReader.awaitTrace(tenant, answer.field("trace_id"));
        assertThat(trace.path("agent_id").asText()).isEqualTo(agentId);
        assertThat(trace.path("runtime_type").asText()).isEqualTo("langchain");

        HttpResult again = tenant.scan(with(with(referenceExample(agentId), "agent_name", "renamed"),
                "runtime_type", "crewai"));
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        JsonNode unchanged = listedAgent(tenant, agentId);
        assertThat(unchanged.path("name").asText()).as("registered once, claims ignored afterwards")
                .isEqualTo("agent-" + agentId.substring(0, 8));
        assertThat(unchanged.path("runtime_type").asText()).isEqualTo("langchain");
    }

    @Test
    void anAgentRegisteredByAnAdminIsNotMarkedAsRegisteredOnFirstUse() {
        TenantFixture tenant = newTenant();
        String agentId = TenantAdmin.createAgent(tenant, "by-admin");

        assertThat(listedAgent(tenant, agentId).path("registered_on_first_use").asBoolean()).isFalse();
    }

    @Test
    void theRequestsAgentNameNamesTheAgentUnlessItCarriesAValue() {
        TenantFixture tenant = newTenant();
        String named = UUID.randomUUID().toString();
        String secretNamed = UUID.randomUUID().toString();
        String unnamed = UUID.randomUUID().toString();

        assertThat(tenant.scan(with(referenceExample(named), "agent_name", "  Billing bot ")).status()).isEqualTo(200);
        assertThat(tenant.scan(with(referenceExample(secretNamed), "agent_name", GITHUB_TOKEN)).status())
                .isEqualTo(200);
        Map<String, Object> noRuntime = new LinkedHashMap<>(referenceExample(unnamed));
        noRuntime.remove("runtime_type");
        assertThat(tenant.scan(noRuntime).status()).isEqualTo(200);

        assertThat(listedAgent(tenant, named).path("name").asText()).isEqualTo("Billing bot");
        assertThat(listedAgent(tenant, secretNamed).path("name").asText())
                .isEqualTo("agent-" + secretNamed.substring(0, 8));
        assertThat(listedAgent(tenant, unnamed).path("runtime_type").asText()).isEqualTo("custom");
        assertThat(tenant.gateway().get("/v1/admin/agents", tenant.key()).text()).doesNotContain(GITHUB_TOKEN);
        assertThat(io.interven.gateway.testing.DatabaseRows.everyTable(gateway().database()).get("agents"))
                .doesNotContain(GITHUB_TOKEN);
    }

    @Test
    void withAutoRegistrationOffAnUnseenAgentIdAnswers403AndRegistersNothing() {
        TenantFixture tenant = newTenant();
        setAutoRegister(tenant, false);
        String agentId = UUID.randomUUID().toString();

        HttpResult answer = tenant.scan(referenceExample(agentId));

        assertError(answer, 403, "FORBIDDEN");
        assertThat(ErrorAssertions.failingFields(answer)).containsExactly("agent_id");
        assertThat(listedAgent(tenant, agentId)).isNull();

        setAutoRegister(tenant, true);
        assertThat(tenant.scan(referenceExample(agentId)).status()).isEqualTo(200);
        assertThat(listedAgent(tenant, agentId)).isNotNull();
    }

    @Test
    void theSettingIsReadAndValidatedByName() {
        TenantFixture tenant = newTenant();

        HttpResult settings = gateway().get(TenantSettingsApi.path(tenant.tenantId()), tenant.key());
        assertThat(settings.json().path("auto_register_agents").asBoolean()).as("on by default").isTrue();
        assertInvalidFields(gateway().patch(TenantSettingsApi.path(tenant.tenantId()), tenant.key(),
                Map.of("auto_register_agents", "no")), "auto_register_agents");
    }

    @Test
    void twoTenantsUsingOneAgentIdEachGetTheirOwnAgentAndLearnNothingOfTheOther() {
        TenantFixture first = newTenant();
        TenantFixture second = newTenant();
        TenantFixture closed = newTenant();
        setAutoRegister(closed, false);
        String shared = TenantAdmin.createAgent(first, "first-agent");

        HttpResult secondUse = second.scan(with(referenceExample(shared), "agent_name", "second-agent"));
        HttpResult closedUse = closed.scan(referenceExample(shared));
        HttpResult closedUnused = closed.scan(referenceExample(UUID.randomUUID().toString()));

        assertThat(secondUse.status()).as(secondUse.text()).isEqualTo(200);
        assertThat(listedAgent(second, shared).path("name").asText()).isEqualTo("second-agent");
        assertThat(listedAgent(second, shared).path("tenant_id").asText()).isEqualTo(second.tenantId());
        JsonNode original = listedAgent(first, shared);
        assertThat(original.path("name").asText()).isEqualTo("first-agent");
        assertThat(original.path("registered_on_first_use").asBoolean()).isFalse();
        assertThat(TraceReader.awaitTrace(second, secondUse.field("trace_id")).path("agent_name").asText())
                .isEqualTo("second-agent");
        assertThat(TraceReader.list(first, "limit=500")).as("nothing reaches the first tenant").isEmpty();
        assertError(closedUse, 403, "FORBIDDEN");
        assertThat(closedUse.json()).as("an id another tenant uses answers as one nobody uses")
                .isEqualTo(closedUnused.json());
    }

    @Test
    void anAgentOfAnotherEnvironmentAnswers403CrossEnvironmentAndIsNotRegisteredAgain() {
        TenantFixture tenant = newTenant();
        HttpResult created = tenant.gateway().post("/v1/admin/agents", tenant.key(),
                Map.of("name", "staging-agent", "runtime_type", "custom", "env_name", "staging"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String stagingAgent = created.field("agent_id");

        HttpResult answer = tenant.scan(referenceExample(stagingAgent));

        assertError(answer, 403, "CROSS_ENVIRONMENT");
        assertThat(ErrorAssertions.failingFields(answer)).containsExactly("agent_id");
        assertThat(listedAgent(tenant, stagingAgent).path("env_name").asText()).isEqualTo("staging");
    }

    @Test
    void aKeyMintedForAnAgentCannotRegisterAnother() {
        TenantFixture tenant = newTenant();
        String own = TenantAdmin.createAgent(tenant, "own");
        HttpResult minted = TenantAdmin.mint(tenant, List.of("scan"), Map.of("agent_id", own));
        String unseen = UUID.randomUUID().toString();

        HttpResult answer = gateway().post("/v1/scan", minted.field("key"), referenceExample(unseen));

        assertError(answer, 403, "FORBIDDEN");
        assertThat(listedAgent(tenant, unseen)).isNull();
    }

    @Test
    void anEphemeralKeyNeverRegistersAnAgent() {
        TenantFixture tenant = newTenant();
        String ephemeral = EphemeralKeys.mint(gateway(), tenant.key(), EphemeralKeys.slackWrite(600, null))
                .field("key");
        String unseen = UUID.randomUUID().toString();

        HttpResult answer = gateway().post("/v1/scan", ephemeral, referenceExample(unseen));

        assertError(answer, 403, "FORBIDDEN");
        assertThat(listedAgent(tenant, unseen)).isNull();
    }

    @Test
    void manyFirstUsesAtOnceRegisterOneAgentAndAllAnswer200() throws Exception {
        TenantFixture tenant = newTenant();
        String agentId = UUID.randomUUID().toString();

        List<Integer> statuses = firstUsesAtOnce(List.of(gateway()), tenant.key(), agentId, 8);

        assertThat(statuses).containsOnly(200);
        assertThat(listedAgent(tenant, agentId)).isNotNull();
    }

    /** Sends {@code requests} first uses of {@code agentId} all at once, round robin over the nodes; statuses. */
    static List<Integer> firstUsesAtOnce(List<GatewayHarness> gateways, String key, String agentId, int requests)
            throws Exception {
        byte[] body = GatewayHarness.write(referenceExample(agentId)).getBytes(StandardCharsets.UTF_8);
        List<Integer> statuses = new ArrayList<>();
        for (HttpResult answer : SignedCalls.scanAtOnce(gateways, requests,
                Map.of("Authorization", "Bearer " + key), body)) {
            statuses.add(answer.status());
        }
        return statuses;
    }

    @Test
    void badAgentFieldsAnswer400NamingTheField() {
        TenantFixture tenant = newTenant();
        String agentId = UUID.randomUUID().toString();

        assertInvalidFields(tenant.scan(referenceExample("not-a-uuid")), "agent_id");
        assertInvalidFields(tenant.scan(referenceExample("00000000-0000-0000-0000-00000000012")), "agent_id");
        assertInvalidFields(tenant.scan(with(referenceExample(agentId), "agent_name", "n".repeat(201))),
                "agent_name");
        assertInvalidFields(tenant.scan(with(referenceExample(agentId), "runtime_type", "skynet")), "runtime_type");
        assertThat(listedAgent(tenant, agentId)).as("a refused request registers nothing").isNull();
    }
}
