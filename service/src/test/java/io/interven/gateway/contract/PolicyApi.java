package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import io.interven.gateway.testing.TenantFixture;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Policy documents and calls of the policy API ({@code /v1/policies}) that several contracts make. */
final class PolicyApi {
    static final String APPLY = "/v1/policies/apply";
    static final String UNKNOWN_HOST = URI.create(SampleCalls.UNKNOWN_URL).getHost();

    private PolicyApi() {
    }

    /** A rule of the policy language; {@code condition} may be empty. */
    static Map<String, Object> rule(String ruleId, Map<String, Object> match, Map<String, Object> condition,
                                    String action, int priority) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("rule_id", ruleId);
        rule.put("match", match);
        rule.put("condition", condition);
        rule.put("action", action);
        rule.put("priority", priority);
        return rule;
    }

    /** A rule without condition. */
    static Map<String, Object> rule(String ruleId, Map<String, Object> match, String action, int priority) {
        return rule(ruleId, match, Map.of(), action, priority);
    }

    /** A policy document as {@code POST /v1/policies/apply} takes it; {@code extra} adds env_name, mode, ... */
    static Map<String, Object> policy(String name, Map<String, Object> extra, List<Map<String, Object>> rules) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", name);
        document.putAll(extra);
        document.put("rules", rules);
        return document;
    }

    static Map<String, Object> policy(String name, List<Map<String, Object>> rules) {
        return policy(name, Map.of(), rules);
    }

    /** Applies the document with the tenant's admin key; the policy version answered. */
    static JsonNode apply(TenantFixture tenant, Map<String, Object> document) {
        HttpResult answer = tenant.gateway().post(APPLY, tenant.key(), document);
        assertThat(answer.status()).as("apply %s: %s", document.get("name"), answer.text()).isEqualTo(200);
        return answer.json();
    }

    /** A policy whose one rule asks for approval of every call to {@link SampleCalls#UNKNOWN_URL}'s host. */
    static JsonNode applyApprovalForUnknownHost(TenantFixture tenant) {
        return apply(tenant, policy("approve-unknown-host", List.of(rule("unknown-host-needs-approval",
                Map.of("host", UNKNOWN_HOST), "REQUIRE_APPROVAL", 100))));
    }

    /** GET on the tenant's policy API path, with its key. */
    static HttpResult read(TenantFixture tenant, String path) {
        return tenant.gateway().get("/v1/policies" + path, tenant.key());
    }

    /** The version numbers {@code GET /v1/policies/by-name/{name}/versions} lists, in order. */
    static List<Integer> versionNumbers(TenantFixture tenant, String name) {
        HttpResult answer = read(tenant, "/by-name/" + name + "/versions");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<Integer> versions = new ArrayList<>();
        answer.json().forEach(v -> versions.add(v.path("version").asInt()));
        return versions;
    }

    /** The names {@code GET /v1/policies[?env=]} lists. */
    static List<String> listedNames(TenantFixture tenant, String query) {
        HttpResult answer = read(tenant, query);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        answer.json().forEach(p -> names.add(p.path("name").asText()));
        return names;
    }

    /** The decision, deciding policy and rule of a scan answer, as one comparable line. */
    static String decidedBy(HttpResult scan) {
        assertThat(scan.status()).as(scan.text()).isEqualTo(200);
        return scan.field("decision") + " by " + scan.field("policy_name") + "/" + scan.field("rule_id");
    }
}
