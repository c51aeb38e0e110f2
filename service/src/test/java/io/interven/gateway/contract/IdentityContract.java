package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static io.interven.gateway.contract.PolicyApi.apply;
import static io.interven.gateway.contract.PolicyApi.policy;
import static io.interven.gateway.contract.PolicyApi.rule;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import io.interven.gateway.testing.TenantFixture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Identity cannot be claimed: a key minted for an agent scans only as that agent, claimed agent names and runtime
 * types never reach policy matching, and {@code /v1/scan/response} takes only the key's own scans.
 */
abstract class IdentityContract extends GatewayContract {
    static final List<String> CLAIMED_NAMES = List.of("reporting-bot", "admin", "default ", "Reporting-Bot");
    static final List<String> CLAIMED_RUNTIMES = List.of("crewai", "openclaw", "langchain");

    /** A {@code custom} agent with this name and runtime type in {@code production}; its id. */
    static String registerAgent(TenantFixture tenant, String name, String runtimeType) {
        HttpResult answer = tenant.gateway().post("/v1/admin/agents", tenant.key(),
                Map.of("name", name, "runtime_type", runtimeType, "env_name", "production"));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.field("agent_id");
    }

    /** A scan key of the tenant in {@code production}, minted for {@code agentId}. */
    static String keyForAgent(TenantFixture tenant, String agentId) {
        HttpResult answer = TenantAdmin.mint(tenant, List.of("scan"), Map.of("agent_id", agentId));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.field("key");
    }

    static Map<String, Object> with(Map<String, Object> request, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(request);
        copy.put(field, value);
        return copy;
    }

    @Test
    void aKeyMintedForAnAgentCannotScanAsAnotherAgent() {
        TenantFixture tenant = newTenant();
        String own = TenantAdmin.createAgent(tenant, "own");
        String other = TenantAdmin.createAgent(tenant, "other");
        String key = keyForAgent(tenant, own);

        HttpResult claimed = gateway().post("/v1/scan", key, ScanCalls.forAgent(ScanCalls.benign(), other));
        HttpResult defaultAgent = gateway().post("/v1/scan", key,
                ScanCalls.forAgent(ScanCalls.benign(), TenantAdmin.defaultAgentId(tenant)));
        HttpResult itself = gateway().post("/v1/scan", key, ScanCalls.forAgent(ScanCalls.benign(), own));
        HttpResult unnamed = gateway().post("/v1/scan", key, ScanCalls.benign());

        assertError(claimed, 403, "FORBIDDEN");
        assertThat(ErrorAssertions.failingFields(claimed)).containsExactly("agent_id");
        assertError(defaultAgent, 403, "FORBIDDEN");
        assertThat(itself.status()).as(itself.text()).isEqualTo(200);
        assertThat(unnamed.status()).as(unnamed.text()).isEqualTo(200);
        assertThat(TraceReader.awaitTrace(tenant, unnamed.field("trace_id")).path("agent_id").asText())
                .isEqualTo(own);
    }

    @Test
    void claimedAgentNamesAndRuntimeTypesNeverSatisfyAPolicyMatch() {
        TenantFixture tenant = newTenant();
        apply(tenant, policy("by-identity", List.of(
                rule("deny-reporting-bot", Map.of("agent_name", List.of("reporting-bot", "admin", "Reporting-Bot")),
                        "DENY", 60),
                rule("deny-runtimes", Map.of("runtime_type", List.of("crewai", "openclaw", "langchain")), "DENY",
                        50))));
        Map<String, Object> post = SampleCalls.postToUnknownHost(Map.of("item", "x"));

        for (String name : CLAIMED_NAMES) {
            for (String runtime : CLAIMED_RUNTIMES) {
                HttpResult answer = tenant.scan(with(with(post, "agent_name", name), "runtime_type", runtime));

                assertThat(answer.status()).as(answer.text()).isEqualTo(200);
                assertThat(answer.field("decision")).as("claiming %s / %s", name, runtime).isEqualTo("ALLOW");
                assertThat(answer.field("policy_name")).isEqualTo("builtin-default");
            }
        }
        String registered = registerAgent(tenant, "reporting-bot", "custom");
        String crew = registerAgent(tenant, "crew", "crewai");
        assertThat(tenant.scan(ScanCalls.forAgent(post, registered)).field("rule_id")).isEqualTo("deny-reporting-bot");
        assertThat(tenant.scan(with(ScanCalls.forAgent(post, crew), "runtime_type", "custom")).field("rule_id"))
                .as("a registered runtime type holds whatever the request claims").isEqualTo("deny-runtimes");
    }

    @Test
    void theTraceRecordsTheRegisteredAgentNeverTheClaimedOne() {
        TenantFixture tenant = newTenant();
        String claimed = "ghp_" + "R8bY2kqN5tLw3xZ9mC4vF7hJ1sD6gA2IHz84";

        HttpResult answer = tenant.scan(with(with(ScanCalls.benign(), "agent_name", claimed), "runtime_type",
                "crewai"));

        JsonNode trace = TraceReader.awaitTrace(tenant, answer.field("trace_id"));
        assertThat(trace.path("agent_name").asText()).isEqualTo("default");
        assertThat(trace.path("runtime_type").asText()).isEqualTo("custom");
        assertThat(trace.toString()).doesNotContain(claimed);
    }
}
