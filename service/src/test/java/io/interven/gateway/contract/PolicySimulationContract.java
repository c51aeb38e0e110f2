package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertInvalidFields;
import static io.interven.gateway.contract.PolicyApi.policy;
import static io.interven.gateway.contract.PolicyApi.rule;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import io.interven.gateway.testing.TenantFixture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/policies/simulate}: a draft policy replayed against the tenant's stored traces, reporting the
 * decisions it would change, per rule, with sample trace ids.
 */
abstract class PolicySimulationContract extends GatewayContract {
    static final String SIMULATE = "/v1/policies/simulate";
    static final Map<String, Object> DENY_UNKNOWN_HOST = policy("block-collector",
            List.of(rule("deny-collector", Map.of("host", PolicyApi.UNKNOWN_HOST), "DENY", 10)));

    /** Scans {@code count} distinct benign POSTs to the unknown host (each ALLOW); their trace ids, once written. */
    static List<String> allowedToUnknownHost(TenantFixture tenant, int count) {
        List<String> traceIds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpResult scan = tenant.scan(SampleCalls.postToUnknownHost(Map.of("item", "report " + i)));
            assertThat(scan.field("decision")).as(scan.text()).isEqualTo("ALLOW");
            traceIds.add(scan.field("trace_id"));
        }
        traceIds.forEach(id -> TraceReader.awaitTrace(tenant, id));
        return traceIds;
    }

    /** Scans {@code count} e-mail addresses written to another unknown destination (each SANITIZE). */
    static List<String> sanitizedEmails(TenantFixture tenant, int count) {
        List<String> traceIds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpResult scan = tenant.scan(ScanCalls.emailToUnknownDestination());
            assertThat(scan.field("decision")).as(scan.text()).isEqualTo("SANITIZE");
            traceIds.add(scan.field("trace_id"));
        }
        traceIds.forEach(id -> TraceReader.awaitTrace(tenant, id));
        return traceIds;
    }

    static HttpResult simulate(TenantFixture tenant, Map<String, Object> draft, Map<String, Object> window) {
        Map<String, Object> request = new LinkedHashMap<>(window);
        request.put("policy", draft);
        return tenant.gateway().post(SIMULATE, tenant.key(), request);
    }

    /** Simulates and asserts a 200 report. */
    static JsonNode report(TenantFixture tenant, Map<String, Object> draft, Map<String, Object> window) {
        HttpResult answer = simulate(tenant, draft, window);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    static JsonNode ruleOf(JsonNode report, String ruleId) {
        for (JsonNode rule : report.path("rules")) {
            if (rule.path("rule_id").asText().equals(ruleId)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + ruleId + " in " + report);
    }

    static List<String> samples(JsonNode rule) {
        List<String> ids = new ArrayList<>();
        rule.path("sample_trace_ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    @Test
    void aDraftReportsTheDecisionsItWouldChangePerRuleWithSampleTraces() {
        TenantFixture tenant = newTenant();
        List<String> allowed = allowedToUnknownHost(tenant, 3);
        List<String> sanitized = sanitizedEmails(tenant, 2);

        JsonNode report = report(tenant, DENY_UNKNOWN_HOST, Map.of());

        assertThat(report.path("traces_considered").asInt()).isEqualTo(5);
        assertThat(report.path("truncated").asBoolean()).isFalse();
        assertThat(report.path("decisions_changed").asInt()).isEqualTo(3);
        assertThat(report.path("transitions")).hasSize(1);
        JsonNode transition = report.path("transitions").get(0);
        assertThat(transition.path("from").asText()).isEqualTo("ALLOW");
        assertThat(transition.path("to").asText()).isEqualTo("DENY");
        assertThat(transition.path("count").asInt()).isEqualTo(3);
        JsonNode draftRule = ruleOf(report, "deny-collector");
        assertThat(draftRule.path("policy_name").asText()).isEqualTo("block-collector");
        assertThat(draftRule.path("decision").asText()).isEqualTo("DENY");
        assertThat(draftRule.path("decided").asInt()).isEqualTo(3);
        assertThat(draftRule.path("changed").asInt()).isEqualTo(3);
        assertThat(samples(draftRule)).containsExactlyInAnyOrderElementsOf(allowed);
        JsonNode unchanged = ruleOf(report, "pii-to-unknown-destination-sanitize");
        assertThat(unchanged.path("decided").asInt()).isEqualTo(2);
        assertThat(unchanged.path("changed").asInt()).isZero();
        assertThat(samples(unchanged)).isEmpty();
        assertThat(sanitized).doesNotContainAnyElementsOf(samples(draftRule));
    }

    @Test
    void theDraftTakesThePlaceOfTheStoredPolicyOfTheSameNameAndIsNotStored() {
        TenantFixture tenant = newTenant();
        PolicyApi.apply(tenant, DENY_UNKNOWN_HOST);
        List<String> denied = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            HttpResult scan = tenant.scan(SampleCalls.postToUnknownHost(Map.of("item", "report " + i)));
            assertThat(scan.field("decision")).as(scan.text()).isEqualTo("DENY");
            denied.add(scan.field("trace_id"));
        }
        denied.forEach(id -> TraceReader.awaitTrace(tenant, id));
        Map<String, Object> relaxed = policy("block-collector",
                List.of(rule("review-collector", Map.of("host", PolicyApi.UNKNOWN_HOST), "REQUIRE_APPROVAL", 10)));

        JsonNode report = report(tenant, relaxed, Map.of());

        assertThat(report.path("decisions_changed").asInt()).isEqualTo(2);
        JsonNode transition = report.path("transitions").get(0);
        assertThat(transition.path("from").asText() + "->" + transition.path("to").asText())
                .isEqualTo("DENY->REQUIRE_APPROVAL");
        assertThat(samples(ruleOf(report, "review-collector"))).containsExactlyInAnyOrderElementsOf(denied);
        assertThat(PolicyApi.versionNumbers(tenant, "block-collector")).as("a simulation stores nothing")
                .containsExactly(1);
    }

    @Test
    void sinceAndUntilLimitWhichTracesAreReplayed() {
        TenantFixture tenant = newTenant();
        List<String> early = allowedToUnknownHost(tenant, 2);
        long boundary = 1 + early.stream()
                .mapToLong(id -> TraceReader.awaitTrace(tenant, id).path("created_at").asLong()).max().orElseThrow();
        awaitClockPast(boundary);
        List<String> late = allowedToUnknownHost(tenant, 1);
        String cut = Instant.ofEpochMilli(boundary).toString();

        JsonNode afterCut = report(tenant, DENY_UNKNOWN_HOST, Map.of("since", cut));
        JsonNode beforeCut = report(tenant, DENY_UNKNOWN_HOST, Map.of("until", cut));

        assertThat(afterCut.path("traces_considered").asInt()).isEqualTo(1);
        assertThat(afterCut.path("decisions_changed").asInt()).isEqualTo(1);
        assertThat(samples(ruleOf(afterCut, "deny-collector"))).containsExactlyElementsOf(late);
        assertThat(beforeCut.path("traces_considered").asInt()).isEqualTo(2);
        assertThat(beforeCut.path("decisions_changed").asInt()).isEqualTo(2);
        assertThat(samples(ruleOf(beforeCut, "deny-collector"))).containsExactlyInAnyOrderElementsOf(early);
    }

    @Test
    void anotherTenantsTracesAreNeverReplayed() {
        TenantFixture busy = newTenant();
        allowedToUnknownHost(busy, 2);
        TenantFixture quiet = newTenant();

        JsonNode report = report(quiet, DENY_UNKNOWN_HOST, Map.of());

        assertThat(report.path("traces_considered").asInt()).isZero();
        assertThat(report.path("decisions_changed").asInt()).isZero();
        assertThat(report.path("rules")).isEmpty();
    }

    @Test
    void anInvalidDraftIsRejectedWithItsFieldsUnderPolicy() {
        TenantFixture tenant = newTenant();
        Map<String, Object> broken = policy("broken", List.of(rule("bad", Map.of("verb", "UPLOAD"), "BLOCK", 1)));

        assertInvalidFields(simulate(tenant, broken, Map.of()), "policy.rules[0].action", "policy.rules[0].match.verb");
        assertInvalidFields(tenant.gateway().post(SIMULATE, tenant.key(), Map.of("since", "2026-01-01T00:00:00Z")),
                "policy");
        // one 400 lists every failing field: the window's, the draft's and a field no simulation knows
        assertInvalidFields(simulate(tenant, broken, Map.of("since", "nope", "window", "1d")), "since", "window",
                "policy.rules[0].action", "policy.rules[0].match.verb");
        assertInvalidFields(simulate(tenant, broken, Map.of("since", "2026-02-01T00:00:00Z",
                "until", "2026-01-01T00:00:00Z")), "since", "policy.rules[0].action", "policy.rules[0].match.verb");
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsRejected() {
        TenantFixture tenant = newTenant();

        assertInvalidFields(simulate(tenant, DENY_UNKNOWN_HOST,
                Map.of("since", "2026-02-01T00:00:00Z", "until", "2026-01-01T00:00:00Z")), "since");
        assertInvalidFields(simulate(tenant, DENY_UNKNOWN_HOST, Map.of("until", "yesterday")), "until");
        // read by Instant.parse, but beyond what epoch milliseconds hold: named, never an arithmetic failure
        assertInvalidFields(simulate(tenant, DENY_UNKNOWN_HOST, Map.of("since", "-1000000000-01-01T00:00:00Z")),
                "since");
        assertInvalidFields(simulate(tenant, DENY_UNKNOWN_HOST, Map.of("until", "+1000000000-12-31T23:59:59Z")),
                "until");
    }

    @Test
    void onlyAnalystsSimulate() {
        TenantFixture tenant = newTenant();
        String scanOnly = TenantAdmin.keyWithRoles(tenant, "scan");

        ErrorAssertions.assertError(tenant.gateway().post(SIMULATE, scanOnly, Map.of("policy", DENY_UNKNOWN_HOST)),
                403, "FORBIDDEN");
    }

    /** Waits until the wall clock is past {@code epochMillis}, so later traces are created after it. */
    private static void awaitClockPast(long epochMillis) {
        while (System.currentTimeMillis() <= epochMillis) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
