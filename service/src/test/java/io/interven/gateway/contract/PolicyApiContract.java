package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static io.interven.gateway.contract.ErrorAssertions.assertInvalidFields;
import static io.interven.gateway.contract.PolicyApi.APPLY;
import static io.interven.gateway.contract.PolicyApi.apply;
import static io.interven.gateway.contract.PolicyApi.decidedBy;
import static io.interven.gateway.contract.PolicyApi.listedNames;
import static io.interven.gateway.contract.PolicyApi.policy;
import static io.interven.gateway.contract.PolicyApi.read;
import static io.interven.gateway.contract.PolicyApi.rule;
import static io.interven.gateway.contract.PolicyApi.versionNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import io.interven.gateway.testing.TenantFixture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Policies as versioned data through {@code /v1/policies}: apply, read, versions, disable and enable, the built-in
 * default and its override, monitor mode, and what scans and traces say about the deciding rule.
 */
abstract class PolicyApiContract extends GatewayContract {
    static final String BENIGN_BY_DEFAULT = "ALLOW by builtin-default/otherwise-allow";
    static final Map<String, Object> DENY_SLACK = rule("deny-slack", Map.of("tool", "slack"), "DENY", 10);

    @Test
    void applyingANewPolicyAnswersVersionOneWithItsRules() {
        TenantFixture tenant = newTenant();
        HttpResult answer = gateway().post(APPLY, tenant.key(), policy("block-secrets-egress", List.of(
                rule("deny-secrets", Map.of(), Map.of("has_data_class", List.of("SECRETS")), "DENY", 100))));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.path("policy_id").asText()).matches("[0-9a-f-]{36}");
        assertThat(json.path("name").asText()).isEqualTo("block-secrets-egress");
        assertThat(json.path("env_name").asText()).isEqualTo("production");
        assertThat(json.path("version").asInt()).isEqualTo(1);
        JsonNode rule = json.path("rules").get(0);
        assertThat(json.path("rules")).hasSize(1);
        assertThat(rule.path("rule_id").asText()).isEqualTo("deny-secrets");
        assertThat(rule.path("action").asText()).isEqualTo("DENY");
        assertThat(rule.path("priority").asInt()).isEqualTo(100);
        assertThat(rule.path("condition").path("has_data_class").toString()).isEqualTo("[\"SECRETS\"]");
    }

    @Test
    void applyingIdenticalContentReturnsTheCurrentVersionAndCreatesNothing() {
        TenantFixture tenant = newTenant();
        JsonNode first = apply(tenant, policy("slack-rules", List.of(DENY_SLACK)));
        Map<String, Object> sameRuleWrittenDifferently = new LinkedHashMap<>();
        sameRuleWrittenDifferently.put("priority", 10);
        sameRuleWrittenDifferently.put("action", "deny");
        sameRuleWrittenDifferently.put("match", Map.of("tool", List.of("slack")));
        sameRuleWrittenDifferently.put("rule_id", "deny-slack");

        JsonNode second = apply(tenant, policy("slack-rules", List.of(sameRuleWrittenDifferently)));

        assertThat(second.path("version").asInt()).isEqualTo(1);
        assertThat(second.path("policy_id").asText()).isEqualTo(first.path("policy_id").asText());
        assertThat(second.path("created_at").asLong()).isEqualTo(first.path("created_at").asLong());
        assertThat(versionNumbers(tenant, "slack-rules")).containsExactly(1);
    }

    @Test
    void changedContentCreatesANewVersionAndEveryVersionStaysReadable() {
        TenantFixture tenant = newTenant();
        JsonNode first = apply(tenant, policy("slack-rules", List.of(DENY_SLACK)));
        Map<String, Object> review = rule("review-slack", Map.of("tool", "slack"), "REQUIRE_APPROVAL", 10);

        JsonNode second = apply(tenant, policy("slack-rules", List.of(review)));

        assertThat(second.path("version").asInt()).isEqualTo(2);
        assertThat(second.path("policy_id").asText()).isEqualTo(first.path("policy_id").asText());
        assertThat(ruleIds(read(tenant, "/by-name/slack-rules").json())).containsExactly("review-slack");
        assertThat(read(tenant, "/by-name/slack-rules").json().path("version").asInt()).isEqualTo(2);
        assertThat(versionNumbers(tenant, "slack-rules")).containsExactly(1, 2);
        assertThat(ruleIds(read(tenant, "/by-name/slack-rules/versions/1").json())).containsExactly("deny-slack");
        assertThat(ruleIds(read(tenant, "/by-name/slack-rules/versions/2").json())).containsExactly("review-slack");
        assertError(read(tenant, "/by-name/slack-rules/versions/3"), 404, "NOT_FOUND");
        assertInvalidFields(read(tenant, "/by-name/slack-rules/versions/latest"), "version");

        JsonNode third = apply(tenant, policy("slack-rules", List.of(DENY_SLACK)));

        assertThat(third.path("version").asInt()).as("going back to older content is a change too").isEqualTo(3);
        assertThat(versionNumbers(tenant, "slack-rules")).containsExactly(1, 2, 3);
    }

    @Test
    void anUnknownPolicyIsNotFound() {
        TenantFixture tenant = newTenant();

        assertError(read(tenant, "/by-name/no-such-policy"), 404, "NOT_FOUND");
        assertError(read(tenant, "/by-name/no-such-policy/versions"), 404, "NOT_FOUND");
        assertError(read(tenant, "/by-name/no-such-policy/versions/1"), 404, "NOT_FOUND");
        assertError(gateway().post("/v1/policies/by-name/no-such-policy/disable", tenant.key(), ""), 404,
                "NOT_FOUND");
    }

    @Test
    void disablingAppendsAVersionAndItsRulesNoLongerDecideUntilEnabledAgain() {
        TenantFixture tenant = newTenant();
        apply(tenant, policy("slack-rules", List.of(DENY_SLACK)));
        assertThat(decidedBy(tenant.scan(ScanCalls.benign()))).isEqualTo("DENY by slack-rules/deny-slack");

        HttpResult disabled = gateway().post("/v1/policies/by-name/slack-rules/disable", tenant.key(), "");

        assertThat(disabled.status()).as(disabled.text()).isEqualTo(200);
        assertThat(disabled.json().path("version").asInt()).isEqualTo(2);
        assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
        assertThat(decidedBy(tenant.scan(ScanCalls.benign()))).isEqualTo(BENIGN_BY_DEFAULT);
        assertThat(read(tenant, "/by-name/slack-rules/versions/1").json().path("enabled").asBoolean())
                .as("history is never rewritten").isTrue();
        assertThat(ruleIds(read(tenant, "/by-name/slack-rules/versions/2").json())).containsExactly("deny-slack");

        HttpResult enabled = gateway().post("/v1/policies/by-name/slack-rules/enable", tenant.key(), "");

        assertThat(enabled.json().path("version").asInt()).isEqualTo(3);
        assertThat(enabled.json().path("enabled").asBoolean()).isTrue();
        assertThat(versionNumbers(tenant, "slack-rules")).containsExactly(1, 2, 3);
        assertThat(decidedBy(tenant.scan(ScanCalls.benign()))).isEqualTo("DENY by slack-rules/deny-slack");
    }

    @Test
    void invalidRulesAreRejectedNamingTheRuleAndTheFieldAndNothingIsStored() {
        TenantFixture tenant = newTenant();
        Map<String, Object> bad = new LinkedHashMap<>(rule("bad-rule", Map.of("toool", "slack"), "BLOCK", 1));

        HttpResult answer = gateway().post(APPLY, tenant.key(),
                policy("broken", List.of(DENY_SLACK, bad)));

        assertInvalidFields(answer, "rules[1].action", "rules[1].match.toool");
        answer.json().path("details").forEach(detail ->
                assertThat(detail.path("problem").asText()).contains("bad-rule"));
        assertError(read(tenant, "/by-name/broken"), 404, "NOT_FOUND");
    }

    @Test
    void theBuiltinDefaultIsVisibleThroughTheApi() {
        TenantFixture tenant = newTenant();

        HttpResult builtin = read(tenant, "/by-name/builtin-default");

        assertThat(builtin.status()).as(builtin.text()).isEqualTo(200);
        assertThat(builtin.json().path("builtin").asBoolean()).isTrue();
        assertThat(builtin.json().path("policy_id").asText()).isEqualTo("builtin-default");
        assertThat(ruleIds(builtin.json())).containsExactly("critical-risk-deny", "high-risk-approval",
                "secrets-sanitize", "sensitive-pii-to-external-sanitize", "pii-to-unknown-destination-sanitize",
                "otherwise-allow");
        assertThat(listedNames(tenant, "")).containsExactly("builtin-default");
    }

    @Test
    void applyingAPolicyNamedBuiltinDefaultOverridesTheFallback() {
        TenantFixture tenant = newTenant();
        assertThat(decidedBy(tenant.scan(ScanCalls.emailToUnknownDestination())))
                .isEqualTo("SANITIZE by builtin-default/pii-to-unknown-destination-sanitize");

        JsonNode override = apply(tenant, policy("builtin-default",
                List.of(rule("allow-everything", Map.of(), "ALLOW", 0))));

        assertThat(override.path("version").asInt()).isEqualTo(1);
        HttpResult shown = read(tenant, "/by-name/builtin-default");
        assertThat(shown.json().path("builtin").asBoolean()).isFalse();
        assertThat(ruleIds(shown.json())).containsExactly("allow-everything");
        assertThat(listedNames(tenant, "")).containsExactly("builtin-default");
        HttpResult scan = tenant.scan(ScanCalls.emailToUnknownDestination());
        assertThat(decidedBy(scan)).isEqualTo("ALLOW by builtin-default/allow-everything");
        assertThat(scan.field("policy_id")).isEqualTo(override.path("policy_id").asText());
    }

    @Test
    void aPolicyOfAnotherEnvironmentDoesNotDecideThisEnvironmentsScans() {
        TenantFixture tenant = newTenant();
        HttpResult stagingKey = gateway().post("/v1/admin/keys", tenant.key(),
                Map.of("env_name", "staging", "roles", List.of("admin", "analyst", "scan")));
        assertThat(stagingKey.status()).as(stagingKey.text()).isEqualTo(201);
        TenantFixture staging = new TenantFixture(gateway(), tenant.tenantId(), stagingKey.field("key"),
                stagingKey.field("key_id"));

        JsonNode lockdown = apply(staging, policy("lockdown", Map.of("env_name", "staging"),
                List.of(rule("deny-all", Map.of(), "DENY", 1000))));

        assertThat(lockdown.path("env_name").asText()).isEqualTo("staging");
        assertThat(decidedBy(staging.scan(ScanCalls.benign()))).isEqualTo("DENY by lockdown/deny-all");
        assertThat(decidedBy(tenant.scan(ScanCalls.benign()))).isEqualTo(BENIGN_BY_DEFAULT);
        assertThat(listedNames(staging, "")).contains("lockdown");
        assertThat(listedNames(tenant, "")).doesNotContain("lockdown");
        assertError(read(tenant, "/by-name/lockdown"), 404, "NOT_FOUND");
    }

    @Test
    void policiesOfAnotherTenantAreInvisibleAndNeverDecideItsScans() {
        TenantFixture owner = newTenant();
        TenantFixture other = newTenant();
        JsonNode owned = apply(owner, policy("slack-rules", List.of(DENY_SLACK)));

        assertError(read(other, "/by-name/slack-rules"), 404, "NOT_FOUND");
        assertError(read(other, "/by-name/slack-rules/versions"), 404, "NOT_FOUND");
        assertError(gateway().post("/v1/policies/by-name/slack-rules/disable", other.key(), ""), 404, "NOT_FOUND");
        assertThat(listedNames(other, "")).doesNotContain("slack-rules");
        assertThat(decidedBy(other.scan(ScanCalls.benign()))).isEqualTo(BENIGN_BY_DEFAULT);

        JsonNode own = apply(other, policy("slack-rules", List.of(rule("allow-slack", Map.of(), "ALLOW", 1))));

        assertThat(own.path("version").asInt()).isEqualTo(1);
        assertThat(own.path("policy_id").asText()).isNotEqualTo(owned.path("policy_id").asText());
        assertThat(decidedBy(owner.scan(ScanCalls.benign()))).isEqualTo("DENY by slack-rules/deny-slack");
    }

    @Test
    void aScanDecidedByATenantRuleNamesPolicyRuleAndVersionAndItsTraceRecordsThem() {
        TenantFixture tenant = newTenant();
        apply(tenant, policy("slack-rules", List.of(rule("review-slack", Map.of("tool", "slack"), "SANITIZE", 1))));
        JsonNode current = apply(tenant, policy("slack-rules", List.of(DENY_SLACK)));

        HttpResult scan = tenant.scan(ScanCalls.benign());

        assertThat(decidedBy(scan)).isEqualTo("DENY by slack-rules/deny-slack");
        assertThat(scan.field("policy_id")).isEqualTo(current.path("policy_id").asText());
        assertThat(scan.json().path("policy_version").asInt()).isEqualTo(2);
        JsonNode trace = TraceReader.awaitTrace(tenant, scan.field("trace_id"));
        assertThat(trace.path("decision").asText()).isEqualTo("DENY");
        assertThat(trace.path("policy_id").asText()).isEqualTo(current.path("policy_id").asText());
        assertThat(trace.path("policy_name").asText()).isEqualTo("slack-rules");
        assertThat(trace.path("rule_id").asText()).isEqualTo("deny-slack");
        assertThat(trace.path("policy_version").asInt()).isEqualTo(2);
    }

    @Test
    void aMonitorPolicyNeverChangesTheDecisionButTheAnswerAndTraceReportIt() {
        TenantFixture tenant = newTenant();
        JsonNode monitor = apply(tenant, policy("watch-slack", Map.of("mode", "monitor"),
                List.of(rule("would-deny-slack", Map.of("tool", "slack"), "DENY", 100))));
        assertThat(monitor.path("mode").asText()).isEqualTo("monitor");

        HttpResult scan = tenant.scan(ScanCalls.benign());

        assertThat(decidedBy(scan)).isEqualTo(BENIGN_BY_DEFAULT);
        assertThat(reasonCodes(scan.json())).contains("MONITOR_ONLY");
        JsonNode trace = TraceReader.awaitTrace(tenant, scan.field("trace_id"));
        assertThat(trace.path("decision").asText()).isEqualTo("ALLOW");
        assertThat(trace.path("monitor_matches")).hasSize(1);
        JsonNode match = trace.path("monitor_matches").get(0);
        assertThat(match.path("policy_name").asText()).isEqualTo("watch-slack");
        assertThat(match.path("policy_id").asText()).isEqualTo(monitor.path("policy_id").asText());
        assertThat(match.path("rule_id").asText()).isEqualTo("would-deny-slack");
        assertThat(match.path("would_decide").asText()).isEqualTo("DENY");

        HttpResult unmatched = tenant.scan(ScanCalls.emailToUnknownDestination());

        assertThat(reasonCodes(unmatched.json())).doesNotContain("MONITOR_ONLY");
    }

    @Test
    void everyMatchFieldIsReadFromTheScannedCall() {
        TenantFixture tenant = newTenant();
        String agentId = TenantAdmin.createAgent(tenant, "quarantined-agent");
        String reportingBot = IdentityContract.registerAgent(tenant, "reporting-bot", "custom");
        String crew = IdentityContract.registerAgent(tenant, "crew", "crewai");
        apply(tenant, policy("fields", List.of(
                rule("by-agent-id", Map.of("agent_id", agentId), "DENY", 70),
                rule("by-agent-name", Map.of("agent_name", "reporting-bot"), "DENY", 60),
                rule("by-runtime", Map.of("runtime_type", List.of("crewai", "openclaw")), "REQUIRE_APPROVAL", 50),
                rule("by-method-and-path", Map.of("method", "put", "path", "/api/*/items"), "SANITIZE", 40),
                rule("by-host-and-verb", Map.of("host", "*.unknown-destination.example", "verb", "READ"), "DENY",
                        30),
                rule("by-tool-and-operation", Map.of("tool", "github", "operation", "delete_repo"),
                        "REQUIRE_APPROVAL", 20))));
        Map<String, Object> post = SampleCalls.postToUnknownHost(Map.of("item", "x"));

        assertThat(decidedBy(tenant.scan(ScanCalls.forAgent(post, agentId)))).isEqualTo("DENY by fields/by-agent-id");
        assertThat(decidedBy(tenant.scan(ScanCalls.forAgent(post, reportingBot))))
                .isEqualTo("DENY by fields/by-agent-name");
        assertThat(decidedBy(tenant.scan(ScanCalls.forAgent(post, crew))))
                .isEqualTo("REQUIRE_APPROVAL by fields/by-runtime");
        assertThat(decidedBy(tenant.scan(with(post, "method", "PUT"))))
                .isEqualTo("SANITIZE by fields/by-method-and-path");
        assertThat(decidedBy(tenant.scan(Map.of("method", "GET", "url", SampleCalls.UNKNOWN_URL))))
                .isEqualTo("DENY by fields/by-host-and-verb");
        assertThat(decidedBy(tenant.scan(Map.of("method", "DELETE", "url", "https://api.github.com/repos/o/r"))))
                .isEqualTo("REQUIRE_APPROVAL by fields/by-tool-and-operation");
        assertThat(decidedBy(tenant.scan(post))).isEqualTo(BENIGN_BY_DEFAULT);
    }

    @Test
    void aHostRuleCannotBeEvadedWithATrailingDot() {
        TenantFixture tenant = newTenant();
        apply(tenant, policy("collector", List.of(rule("deny-collector", Map.of("host", PolicyApi.UNKNOWN_HOST),
                "DENY", 10))));

        HttpResult scan = tenant.scan(Map.of("method", "POST",
                "url", "https://" + PolicyApi.UNKNOWN_HOST + "./api/v1/items", "body", Map.of("item", "x")));

        assertThat(decidedBy(scan)).as("the same host written as a fully qualified name")
                .isEqualTo("DENY by collector/deny-collector");
    }

    @Test
    void aPathRuleCannotBeEvadedWithPercentEncodingOrDotSegments() {
        TenantFixture tenant = newTenant();
        apply(tenant, policy("admin-paths", List.of(rule("deny-admin", Map.of("path", "/admin/**"), "DENY", 10))));
        String base = "https://" + PolicyApi.UNKNOWN_HOST;

        Map<String, String> decided = new LinkedHashMap<>();
        for (String path : List.of("/admin/users", "/%61dmin/users", "/api/../admin/users", "/./admin/users")) {
            decided.put(path, decidedBy(tenant.scan(Map.of("method", "GET", "url", base + path))));
        }

        assertThat(decided.values()).as("decisions for paths a server resolves to /admin/users: %s", decided)
                .containsOnly("DENY by admin-paths/deny-admin");
    }

    private static Map<String, Object> with(Map<String, Object> request, String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(request);
        changed.put(key, value);
        return changed;
    }

    @Test
    void onlyAdminsApplyPoliciesWhileAnalystsReadThem() {
        TenantFixture tenant = newTenant();
        String analyst = TenantAdmin.keyWithRoles(tenant, "analyst");
        String scanOnly = TenantAdmin.keyWithRoles(tenant, "scan");
        Map<String, Object> document = policy("slack-rules", List.of(DENY_SLACK));

        assertError(gateway().post(APPLY, analyst, document), 403, "FORBIDDEN");
        assertError(gateway().post(APPLY, scanOnly, document), 403, "FORBIDDEN");
        assertError(gateway().get("/v1/policies", scanOnly), 403, "FORBIDDEN");
        assertThat(gateway().get("/v1/policies", analyst).status()).isEqualTo(200);
        assertError(read(tenant, "/by-name/slack-rules"), 404, "NOT_FOUND");
    }

    @Test
    void aRuleDescriptionIsKeptAndChangingItIsANewVersion() {
        TenantFixture tenant = newTenant();
        Map<String, Object> described = new LinkedHashMap<>(DENY_SLACK);
        described.put("description", "no agent posts to Slack");

        JsonNode first = apply(tenant, policy("slack-rules", List.of(described)));
        described.put("description", "no agent posts to Slack until the review of INC-7");
        JsonNode second = apply(tenant, policy("slack-rules", List.of(described)));

        assertThat(first.path("rules").get(0).path("description").asText()).isEqualTo("no agent posts to Slack");
        assertThat(second.path("version").asInt()).isEqualTo(2);
    }

    private static List<String> ruleIds(JsonNode policy) {
        List<String> ids = new ArrayList<>();
        policy.path("rules").forEach(rule -> ids.add(rule.path("rule_id").asText()));
        return ids;
    }

    static List<String> reasonCodes(JsonNode scan) {
        List<String> codes = new ArrayList<>();
        scan.path("reason_codes").forEach(code -> codes.add(code.asText()));
        return codes;
    }
}
