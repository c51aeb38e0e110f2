package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Admin calls a test makes on its own tenant through the real admin API, failing fast when they do not succeed. */
final class TenantAdmin {
    private TenantAdmin() {
    }

    /** {@code POST /v1/admin/keys} in {@code production} with these roles and extra fields; the raw answer. */
    static HttpResult mint(TenantFixture tenant, List<String> roles, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>(extra);
        body.put("env_name", "production");
        body.put("roles", roles);
        return tenant.gateway().post("/v1/admin/keys", tenant.key(), body);
    }

    /** A new key of the tenant with these roles; its plaintext. */
    static String keyWithRoles(TenantFixture tenant, String... roles) {
        HttpResult answer = mint(tenant, List.of(roles), Map.of());
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.field("key");
    }

    /** A new {@code custom} agent of the tenant in {@code production}; its id. */
    static String createAgent(TenantFixture tenant, String name) {
        HttpResult answer = tenant.gateway().post("/v1/admin/agents", tenant.key(),
                Map.of("name", name, "runtime_type", "custom", "env_name", "production"));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.field("agent_id");
    }

    /** The ids of the agents {@code GET /v1/admin/agents} lists for the tenant. */
    static List<String> agentIds(TenantFixture tenant) {
        HttpResult answer = tenant.gateway().get("/v1/admin/agents", tenant.key());
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().forEach(agent -> ids.add(agent.path("agent_id").asText()));
        return ids;
    }

    /** The id of the tenant's {@code default} agent in {@code production}. */
    static String defaultAgentId(TenantFixture tenant) {
        HttpResult answer = tenant.gateway().get("/v1/admin/agents", tenant.key());
        for (JsonNode agent : answer.json()) {
            if (agent.path("name").asText().equals("default") && agent.path("env_name").asText().equals("production")) {
                return agent.path("agent_id").asText();
            }
        }
        throw new AssertionError("no default agent in " + answer.text());
    }
}
