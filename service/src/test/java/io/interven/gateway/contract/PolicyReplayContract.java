package io.interven.gateway.contract;

import static io.interven.gateway.contract.PlantedValues.EMAIL;
import static io.interven.gateway.contract.PlantedValues.GITHUB_TOKEN;
import static io.interven.gateway.contract.PolicyApi.policy;
import static io.interven.gateway.contract.PolicyApi.rule;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/policies/simulate} replays what the engine saw: a tenant policy with one rule keyed on each fact
 * of the policy input (every match key and every condition key of the rule language) decides a spread of calls
 * live; simulated again as a draft in its own place, it changes no decision, and every rule decides exactly the
 * calls it decided live. Each trace shows the input it was decided on as {@code policy_input}.
 */
abstract class PolicyReplayContract extends GatewayContract {
    private static final String POLICY = "every-fact";
    private static final String SIGNAL = "credential-host-mismatch";

    /** One rule per fact; each fires on one call of {@link #calls}, the first matching rule decides. */
    private static Map<String, Object> everyFact(String agentId) {
        return policy(POLICY, List.of(
                rule("by-tool", Map.of("tool", "github"), "REQUIRE_APPROVAL", 300),
                rule("by-operation", Map.of("operation", "http_put"), "DENY", 290),
                rule("by-verb", Map.of("verb", "DELETE"), "REQUIRE_APPROVAL", 280),
                rule("by-method", Map.of("method", "PATCH"), "DENY", 270),
                rule("by-host", Map.of("host", "*.host.replay.example"), "DENY", 260),
                rule("by-path", Map.of("path", "/replay/path/*"), "REQUIRE_APPROVAL", 250),
                rule("by-agent-id", Map.of("agent_id", agentId), "DENY", 240),
                rule("by-agent-name", Map.of("agent_name", "replay-named"), "REQUIRE_APPROVAL", 230),
                rule("by-runtime-type", Map.of("runtime_type", "crewai"), "DENY", 220),
                rule("by-signal", Map.of("host", "signal.replay.example"), Map.of("signal", SIGNAL), "ALLOW", 210),
                rule("by-entity-type", Map.of("host", "entity.replay.example"),
                        Map.of("has_entity_type", "EMAIL_ADDRESS"), "DENY", 200),
                rule("by-data-class", Map.of("host", "class.replay.example"), Map.of("has_data_class", "PII"),
                        "REQUIRE_APPROVAL", 190),
                rule("by-reason-code", Map.of("host", "reason.replay.example"), Map.of("reason_code", "PII"),
                        "DENY", 180),
                rule("by-risk-score", Map.of("host", "score.replay.example"), Map.of("risk_score_gte", 0.2),
                        "REQUIRE_APPROVAL", 170),
                rule("by-risk-band", Map.of("host", "band.replay.example"), Map.of("risk_band", "MEDIUM"),
                        "DENY", 160),
                rule("by-body-bytes", Map.of("host", "bytes.replay.example"), Map.of("body_bytes_gte", 2000),
                        "DENY", 150)));
    }

    private static Map<String, Object> call(String method, String url, Object body) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("method", method);
        call.put("url", url);
        if (body != null) {
            call.put("body", body);
        }
        return call;
    }

    private static Map<String, Object> withHeader(Map<String, Object> call, String name, String value) {
        Map<String, Object> with = new LinkedHashMap<>(call);
        with.put("headers", Map.of(name, value));
        return with;
    }

    /** The calls, each with the rule of {@link #everyFact} it is meant for (null: the built-in default). */
    private static Map<String, Map<String, Object>> calls(Map<String, String> agents) {
        Map<String, Object> note = Map.of("note", "hello");
        Map<String, Object> email = Map.of("note", "call back " + EMAIL);
        Map<String, Map<String, Object>> calls = new LinkedHashMap<>();
        calls.put("by-tool", call("GET", "https://api.github.com/repos/acme/app/issues", null));
        calls.put("by-operation", call("PUT", "https://op.replay.example/items/1", note));
        calls.put("by-verb", call("DELETE", "https://verb.replay.example/items/1", null));
        calls.put("by-method", call("PATCH", "https://method.replay.example/items/1", note));
        calls.put("by-host", call("POST", "https://api.host.replay.example/items", note));
        calls.put("by-path", call("POST", "https://path.replay.example/replay/path/abc", note));
        calls.put("by-agent-id", ScanCalls.forAgent(call("POST", "https://agent.replay.example/x", note),
                agents.get("replay-id")));
        calls.put("by-agent-name", ScanCalls.forAgent(call("POST", "https://agent.replay.example/x", note),
                agents.get("replay-named")));
        calls.put("by-runtime-type", ScanCalls.forAgent(call("POST", "https://agent.replay.example/x", note),
                agents.get("replay-runtime")));
        calls.put("by-signal", withHeader(call("GET", "https://signal.replay.example/x", null), "Authorization",
                "Bearer " + GITHUB_TOKEN));
        calls.put("by-entity-type", call("POST", "https://entity.replay.example/x", email));
        calls.put("by-data-class", call("POST", "https://class.replay.example/x", email));
        calls.put("by-reason-code", call("POST", "https://reason.replay.example/x", email));
        calls.put("by-risk-score", call("POST", "https://score.replay.example/x", email));
        calls.put("by-risk-band", call("POST", "https://band.replay.example/x",
                Map.of("text", "deploy with " + GITHUB_TOKEN)));
        calls.put("by-body-bytes", call("POST", "https://bytes.replay.example/x", Map.of("text", "a".repeat(3000))));
        calls.put("builtin, PII", ScanCalls.emailToUnknownDestination());
        calls.put("builtin, benign", ScanCalls.benign());
        calls.put("builtin, band below", call("POST", "https://band.replay.example/x", note));
        calls.put("builtin, bytes below", call("POST", "https://bytes.replay.example/x", note));
        return calls;
    }

    @Test
    void aDraftInThePlaceOfTheLivePolicyReproducesEveryDecisionRuleByRule() {
        TenantFixture tenant = newTenant();
        Map<String, String> agents = new LinkedHashMap<>();
        agents.put("replay-id", IdentityContract.registerAgent(tenant, "replay-id", "custom"));
        agents.put("replay-named", IdentityContract.registerAgent(tenant, "replay-named", "custom"));
        agents.put("replay-runtime", IdentityContract.registerAgent(tenant, "replay-runtime", "crewai"));
        Map<String, Object> everyFact = everyFact(agents.get("replay-id"));
        PolicyApi.apply(tenant, everyFact);

        Map<String, Integer> decidedLive = new TreeMap<>();
        Map<String, String> decisions = new LinkedHashMap<>();
        calls(agents).forEach((meantFor, request) -> {
            HttpResult scan = tenant.scan(request);
            assertThat(scan.status()).as(scan.text()).isEqualTo(200);
            String ruleKey = scan.field("policy_name") + "/" + scan.field("rule_id");
            if (!meantFor.startsWith("builtin")) {
                assertThat(ruleKey).as("the rule that decided the call meant for %s", meantFor)
                        .isEqualTo(POLICY + "/" + meantFor);
            } else {
                assertThat(scan.field("policy_name")).as("%s: %s", meantFor, scan.text()).isEqualTo("builtin-default");
            }
            decidedLive.merge(ruleKey, 1, Integer::sum);
            decisions.put(scan.field("trace_id"), scan.field("decision"));
        });
        decisions.keySet().forEach(id -> {
            JsonNode trace = TraceReader.awaitTrace(tenant, id);
            JsonNode input = trace.path("policy_input");
            assertThat(input.path("verb").asText()).as("policy_input of %s", trace).isEqualTo(trace.path("verb").asText());
            assertThat(input.path("tool").asText()).isEqualTo(trace.path("tool_name").asText());
            assertThat(input.path("risk_band").asText()).isEqualTo(trace.path("risk_band").asText());
        });

        JsonNode report = PolicySimulationContract.report(tenant, everyFact, Map.of());

        assertThat(report.path("traces_considered").asInt()).isEqualTo(decisions.size());
        assertThat(report.path("decisions_changed").asInt()).as(report.toString()).isZero();
        Map<String, Integer> decidedReplayed = new TreeMap<>();
        report.path("rules").forEach(rule -> decidedReplayed.put(
                rule.path("policy_name").asText() + "/" + rule.path("rule_id").asText(), rule.path("decided").asInt()));
        assertThat(decidedReplayed).as(report.toString()).isEqualTo(decidedLive);
    }
}
