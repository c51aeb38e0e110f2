package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static io.interven.gateway.contract.ErrorAssertions.assertInvalidFields;
import static io.interven.gateway.contract.PolicyApi.apply;
import static io.interven.gateway.contract.PolicyApi.policy;
import static io.interven.gateway.contract.PolicyApi.rule;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.DatabaseRows;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/a2a/scan}: a message between two agents of a tenant is scanned as a call of tool {@code a2a}
 * and answered and traced as a scan; messages across tenants or environments are refused; delegation chains stop
 * loops and chains deeper than {@code a2a.maxChainDepth} (5 here, the default).
 */
abstract class A2aScanContract extends GatewayContract {
    static final String PATH = "/v1/a2a/scan";
    static final int MAX_DEPTH = 5;

    /** The reference's example, between these two agents. */
    static Map<String, Object> referenceExample(String from, String to) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("from_agent_id", from);
        request.put("to_agent_id", to);
        request.put("method", "delegate");
        request.put("intent", "Have agent B post the incident summary to #ops");
        request.put("payload", Map.of("incident_id", "INC-123", "channel", "#ops"));
        return request;
    }

    static Map<String, Object> inChain(String from, String to, String chainId) {
        Map<String, Object> request = referenceExample(from, to);
        request.put("chain_id", chainId);
        return request;
    }

    static HttpResult send(TenantFixture tenant, Map<String, Object> request) {
        return tenant.gateway().post(PATH, tenant.key(), request);
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    static List<String> reasons(HttpResult answer) {
        List<String> codes = new ArrayList<>();
        answer.json().path("reason_codes").forEach(code -> codes.add(code.asText()));
        return codes;
    }

    @Test
    void theReferenceExampleAnswersAScanAnswerAndLeavesATrace() {
        TenantFixture tenant = newTenant();
        String from = newId();
        String to = newId();

        HttpResult answer = send(tenant, referenceExample(from, to));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.path("decision").asText()).isEqualTo("ALLOW");
        assertThat(json.path("tool_name").asText()).isEqualTo("a2a");
        assertThat(json.path("operation").asText()).isEqualTo("delegate");
        assertThat(json.has("risk_score")).isTrue();
        assertThat(json.path("risk_band").asText()).isEqualTo("LOW");
        assertThat(json.path("reason_codes").isArray()).isTrue();
        assertThat(json.path("classifications").isArray()).isTrue();
        assertThat(json.path("signals").isArray()).isTrue();
        assertThat(UUID.fromString(answer.field("trace_id"))).isNotNull();
        assertThat(answer.headers().firstValue("X-RateLimit-Limit")).as("counted against the rate budget")
                .isPresent();
        JsonNode trace = TraceReader.awaitTrace(tenant, answer.field("trace_id"));
        assertThat(trace.path("tool_name").asText()).isEqualTo("a2a");
        assertThat(trace.path("operation").asText()).isEqualTo("delegate");
        assertThat(trace.path("agent_id").asText()).isEqualTo(from);
        assertThat(trace.path("decision").asText()).isEqualTo("ALLOW");
        assertThat(AgentFirstUseContract.listedAgent(tenant, from)).as("sender registered").isNotNull();
        assertThat(AgentFirstUseContract.listedAgent(tenant, to)).as("recipient registered").isNotNull();
    }

    @Test
    void aSecretInThePayloadIsSanitized() {
        TenantFixture tenant = newTenant();
        Map<String, Object> request = referenceExample(newId(), newId());
        request.put("payload", Map.of("channel", "#ops", "token", PlantedValues.GITHUB_TOKEN));

        HttpResult answer = send(tenant, request);

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.field("decision")).isEqualTo("SANITIZE");
        assertThat(reasons(answer)).contains("SECRETS");
        JsonNode sanitized = answer.json().path("sanitized_body");
        assertThat(sanitized.path("payload").path("channel").asText()).isEqualTo("#ops");
        assertThat(sanitized.path("payload").path("token").asText()).isNotBlank()
                .doesNotContain(PlantedValues.GITHUB_TOKEN);
        assertThat(sanitized.path("intent").asText()).isEqualTo("Have agent B post the incident summary to #ops");
        assertThat(TraceReader.awaitTrace(tenant, answer.field("trace_id")).toString())
                .doesNotContain(PlantedValues.GITHUB_TOKEN);
        DatabaseRows.everyTable(gateway().database()).forEach((table, rows) ->
                assertThat(rows).as("table %s", table).doesNotContain(PlantedValues.GITHUB_TOKEN));
    }

    @Test
    void aMethodOrChainIdCarryingAValueIsRefusedAndNeverStored() {
        TenantFixture tenant = newTenant();
        Map<String, Object> secretMethod = referenceExample(newId(), newId());
        secretMethod.put("method", PlantedValues.GITHUB_TOKEN);
        Map<String, Object> secretChain = inChain(newId(), newId(), PlantedValues.GITHUB_TOKEN);

        assertInvalidFields(send(tenant, secretMethod), "method");
        HttpResult chained = send(tenant, secretChain);

        assertThat(chained.status()).as(chained.text()).isEqualTo(200);
        TraceReader.awaitTrace(tenant, chained.field("trace_id"));
        DatabaseRows.everyTable(gateway().database()).forEach((table, rows) ->
                assertThat(rows).as("table %s", table).doesNotContain(PlantedValues.GITHUB_TOKEN));
    }

    @Test
    void aSecretInTheIntentIsFoundToo() {
        TenantFixture tenant = newTenant();
        Map<String, Object> request = referenceExample(newId(), newId());
        request.put("intent", "use " + PlantedValues.GITHUB_TOKEN + " to open the PR");

        HttpResult answer = send(tenant, request);

        assertThat(answer.field("decision")).isEqualTo("SANITIZE");
        assertThat(answer.json().path("sanitized_body").path("intent").asText())
                .startsWith("use ").doesNotContain(PlantedValues.GITHUB_TOKEN);
    }

    @Test
    void contactPiiBetweenTheTenantsOwnAgentsIsReportedAndLetThrough() {
        TenantFixture tenant = newTenant();
        Map<String, Object> request = referenceExample(newId(), newId());
        request.put("payload", Map.of("reply_to", PlantedValues.EMAIL));

        HttpResult answer = send(tenant, request);

        assertThat(answer.field("decision")).isEqualTo("ALLOW");
        assertThat(reasons(answer)).contains("PII").doesNotContain("EXTERNAL_PRINCIPAL");
    }

    @Test
    void aRecipientOfAnotherTenantAnswers403CrossTenantAndNothingOfEitherTenantChanges() {
        TenantFixture own = newTenant();
        TenantFixture other = newTenant();
        String theirs = TenantAdmin.createAgent(other, "theirs");
        List<String> theirAgents = TenantAdmin.agentIds(other);

        HttpResult answer = send(own, referenceExample(newId(), theirs));

        assertError(answer, 403, "CROSS_TENANT");
        assertThat(ErrorAssertions.failingFields(answer)).containsExactly("to_agent_id");
        assertThat(answer.text()).doesNotContain(other.tenantId()).doesNotContain("theirs");
        assertThat(TenantAdmin.agentIds(other)).containsExactlyInAnyOrderElementsOf(theirAgents);
        assertThat(AgentFirstUseContract.listedAgent(other, theirs).path("name").asText()).isEqualTo("theirs");
        assertThat(AgentFirstUseContract.listedAgent(own, theirs)).isNull();
        assertThat(TraceReader.list(other, "limit=500")).isEmpty();
    }

    @Test
    void aRecipientOfAnotherEnvironmentAnswers403CrossEnvironment() {
        TenantFixture tenant = newTenant();
        HttpResult staging = tenant.gateway().post("/v1/admin/agents", tenant.key(),
                Map.of("name", "staging-agent", "runtime_type", "custom", "env_name", "staging"));
        assertThat(staging.status()).as(staging.text()).isEqualTo(201);

        HttpResult answer = send(tenant, referenceExample(newId(), staging.field("agent_id")));

        assertError(answer, 403, "CROSS_ENVIRONMENT");
        assertThat(ErrorAssertions.failingFields(answer)).containsExactly("to_agent_id");
        HttpResult asSender = send(tenant, referenceExample(staging.field("agent_id"), newId()));
        assertError(asSender, 403, "CROSS_ENVIRONMENT");
        assertThat(ErrorAssertions.failingFields(asSender)).containsExactly("from_agent_id");
    }

    @Test
    void unseenAgentsAreRefusedWhenRegistrationIsOff() {
        TenantFixture tenant = newTenant();
        AgentFirstUseContract.setAutoRegister(tenant, false);
        String known = TenantAdmin.createAgent(tenant, "known");

        assertError(send(tenant, referenceExample(newId(), known)), 403, "FORBIDDEN");
        HttpResult toUnseen = send(tenant, referenceExample(known, newId()));
        assertError(toUnseen, 403, "FORBIDDEN");
        assertThat(ErrorAssertions.failingFields(toUnseen)).containsExactly("to_agent_id");
        assertThat(send(tenant, referenceExample(known, TenantAdmin.defaultAgentId(tenant))).status()).isEqualTo(200);
    }

    @Test
    void aKeyMintedForAnAgentSendsOnlyAsThatAgent() {
        TenantFixture tenant = newTenant();
        String own = TenantAdmin.createAgent(tenant, "own");
        String key = TenantAdmin.mint(tenant, List.of("scan"), Map.of("agent_id", own)).field("key");

        HttpResult asOther = tenant.gateway().post(PATH, key, referenceExample(newId(), own));
        HttpResult asItself = tenant.gateway().post(PATH, key, referenceExample(own, newId()));

        assertError(asOther, 403, "FORBIDDEN");
        assertThat(ErrorAssertions.failingFields(asOther)).containsExactly("from_agent_id");
        assertThat(asItself.status()).as(asItself.text()).isEqualTo(200);
    }

    @Test
    void aPolicyMatchingToolA2aAndTheMethodDecides() {
        TenantFixture tenant = newTenant();
        apply(tenant, policy("no-delegation", List.of(
                rule("deny-delegate", Map.of("tool", "a2a", "operation", "delegate"), "DENY", 100))));
        String from = newId();
        String to = newId();
        Map<String, Object> ask = referenceExample(from, to);
        ask.put("method", "Ask");

        HttpResult delegated = send(tenant, referenceExample(from, to));
        HttpResult asked = send(tenant, ask);

        assertThat(delegated.field("decision")).isEqualTo("DENY");
        assertThat(delegated.field("rule_id")).isEqualTo("deny-delegate");
        assertThat(delegated.field("policy_name")).isEqualTo("no-delegation");
        assertThat(asked.field("decision")).isEqualTo("ALLOW");
        assertThat(asked.field("operation")).as("the method, in lower case").isEqualTo("ask");
    }

    @Test
    void aChainedMessageWaitingForApprovalGoesThroughOnceApproved() {
        TenantFixture tenant = newTenant();
        apply(tenant, policy("ask-before-handoff", List.of(
                rule("approve-handoff", Map.of("tool", "a2a", "operation", "handoff"), "REQUIRE_APPROVAL", 100))));
        Map<String, Object> handoff = inChain(newId(), newId(), newId());
        handoff.put("method", "handoff");

        HttpResult waiting = send(tenant, handoff);
        assertThat(waiting.field("decision")).isEqualTo("REQUIRE_APPROVAL");
        HttpResult approved = ApprovalApi.decide(tenant, waiting.field("approval_id"), "approve", "fine");
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        HttpResult again = send(tenant, handoff);

        assertThat(again.field("decision")).as(again.text()).isEqualTo("ALLOW");
        assertThat(reasons(again)).contains("APPROVED").doesNotContain("A2A_LOOP");
    }

    @Test
    void aLoopIsDeniedWithA2aLoopAndStillTraced() {
        TenantFixture tenant = newTenant();
        String a = newId();
        String b = newId();
        String chain = newId();

        HttpResult first = send(tenant, inChain(a, b, chain));
        HttpResult back = send(tenant, inChain(b, a, chain));
        HttpResult toItself = send(tenant, inChain(b, b, newId()));

        assertThat(first.field("decision")).isEqualTo("ALLOW");
        assertThat(back.status()).as(back.text()).isEqualTo(200);
        assertThat(back.field("decision")).isEqualTo("DENY");
        assertThat(reasons(back)).contains("A2A_LOOP");
        JsonNode trace = TraceReader.awaitTrace(tenant, back.field("trace_id"));
        assertThat(trace.path("reason_codes").toString()).contains("A2A_LOOP");
        // the gateway refused it, whatever policies said: no policy rule is named as its decider
        for (JsonNode answer : List.of(back.json(), trace)) {
            assertThat(answer.hasNonNull("policy_id")).as(answer.toString()).isFalse();
            assertThat(answer.hasNonNull("rule_id")).as(answer.toString()).isFalse();
        }
        assertThat(first.json().path("rule_id").asText()).isEqualTo("otherwise-allow");
        assertThat(reasons(toItself)).contains("A2A_LOOP");
        // a draft that allows everything changes nothing the gateway refused on its own
        TraceReader.awaitTrace(tenant, toItself.field("trace_id"));
        JsonNode report = PolicySimulationContract.report(tenant,
                policy("allow-everything", List.of(rule("all", Map.of(), "ALLOW", 1000))), Map.of());
        assertThat(report.path("traces_considered").asInt()).as(report.toString()).isEqualTo(1);
        assertThat(report.path("transitions").toString()).doesNotContain("DENY");
        assertThat(send(tenant, referenceExample(b, a)).field("decision"))
                .as("without a chain_id nothing is chained").isEqualTo("ALLOW");
    }

    @Test
    void aChainDeeperThanTheLimitIsDeniedWithA2aChainDepth() {
        TenantFixture tenant = newTenant();
        String chain = "incident-" + newId();
        List<String> agents = new ArrayList<>();
        for (int i = 0; i <= MAX_DEPTH + 1; i++) {
            agents.add(newId());
        }

        for (int hop = 0; hop < MAX_DEPTH; hop++) {
            HttpResult answer = send(tenant, inChain(agents.get(hop), agents.get(hop + 1), chain));
            assertThat(answer.field("decision")).as("hop %d", hop + 1).isEqualTo("ALLOW");
        }
        HttpResult tooDeep = send(tenant, inChain(agents.get(MAX_DEPTH), agents.get(MAX_DEPTH + 1), chain));

        assertThat(tooDeep.field("decision")).isEqualTo("DENY");
        assertThat(reasons(tooDeep)).contains("A2A_CHAIN_DEPTH");
        assertThat(DatabaseRows.column(gateway().database(), "SELECT COUNT(*) FROM a2a_hops WHERE "
                + "CAST(tenant_id AS VARCHAR(36)) = '" + tenant.tenantId() + "'")).containsExactly("" + MAX_DEPTH);
        assertThat(DatabaseRows.everyTable(gateway().database()).get("a2a_hops")).doesNotContain(chain);

        TenantFixture other = newTenant();
        HttpResult otherTenantsChain = send(other, inChain(newId(), newId(), chain));
        assertThat(otherTenantsChain.field("decision")).as("the same chain_id in another tenant is another chain")
                .isEqualTo("ALLOW");
    }

    @Test
    void hopsOfOneChainSentAtOnceNeverPassTheDepthLimitTogether() throws Exception {
        TenantFixture tenant = newTenant();
        String chain = newId();
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < MAX_DEPTH; i++) {
            agents.add(newId());
        }
        for (int hop = 0; hop < MAX_DEPTH - 1; hop++) {
            assertThat(send(tenant, inChain(agents.get(hop), agents.get(hop + 1), chain)).field("decision"))
                    .isEqualTo("ALLOW");
        }
        String last = agents.get(MAX_DEPTH - 1);
        int racers = 6;
        List<Map<String, Object>> requests = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            requests.add(inChain(last, newId(), chain));
        }

        List<HttpResult> answers = atOnce(tenant, requests);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.text()).isEqualTo(200));
        long allowed = answers.stream().filter(answer -> answer.field("decision").equals("ALLOW")).count();
        long tooDeep = answers.stream().filter(answer -> reasons(answer).contains("A2A_CHAIN_DEPTH")).count();
        assertThat(allowed).as("one hop takes the last place").isEqualTo(1);
        assertThat(tooDeep).isEqualTo(racers - 1);
    }

    static List<HttpResult> atOnce(TenantFixture tenant, List<Map<String, Object>> requests) throws Exception {
        List<Callable<HttpResult>> calls = new ArrayList<>();
        for (Map<String, Object> request : requests) {
            calls.add(() -> send(tenant, request));
        }
        return allAtOnce(calls);
    }

    /** Runs every call at once (each on its own thread, released together); the answers in order. */
    static List<HttpResult> allAtOnce(List<Callable<HttpResult>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<HttpResult>> answers = new ArrayList<>();
            for (Callable<HttpResult> call : calls) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<HttpResult> results = new ArrayList<>();
            for (Future<HttpResult> answer : answers) {
                results.add(answer.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badFieldsAnswer400NamingEachField() {
        TenantFixture tenant = newTenant();
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("to_agent_id", "not-a-uuid");
        bad.put("method", "de legate");
        bad.put("intent", 42);
        bad.put("chain_id", "has spaces");

        assertInvalidFields(send(tenant, bad), "from_agent_id", "to_agent_id", "method", "intent", "chain_id");
        Map<String, Object> long1 = referenceExample(newId(), newId());
        long1.put("method", "m".repeat(41));
        long1.put("chain_id", "c".repeat(129));
        assertInvalidFields(send(tenant, long1), "method", "chain_id");
        Map<String, Object> noMethod = referenceExample(newId(), newId());
        noMethod.remove("method");
        assertInvalidFields(send(tenant, noMethod), "method");
    }

    @Test
    void aMessageLargerThanTheBodyLimitAnswers413() {
        TenantFixture tenant = newTenant();
        Map<String, Object> large = referenceExample(newId(), newId());
        large.put("payload", Map.of("blob", "x".repeat(300_000)));

        assertError(send(tenant, large), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aTenantRequiringSignaturesRefusesAnUnsignedMessage() {
        TenantFixture tenant = newTenant();
        HttpResult strict = gateway().patch(TenantSettingsApi.path(tenant.tenantId()), tenant.key(),
                Map.of("require_signed_requests", true));
        assertThat(strict.status()).as(strict.text()).isEqualTo(200);

        assertError(send(tenant, referenceExample(newId(), newId())), 401, "BAD_SIGNATURE");
    }

    @Test
    void anAnalystKeyCannotScanMessages() {
        TenantFixture tenant = newTenant();
        String analyst = TenantAdmin.keyWithRoles(tenant, "analyst");

        assertThat(tenant.gateway().post(PATH, analyst, referenceExample(newId(), newId())).status()).isEqualTo(403);
    }
}
