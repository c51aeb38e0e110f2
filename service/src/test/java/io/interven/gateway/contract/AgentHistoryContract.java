package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.AtExit;
import io.interven.gateway.testing.DatabaseRows;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import io.interven.gateway.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The agents' recorded history over HTTP, once per database: BASELINE_ANOMALY after a (short, configured) warm-up,
 * and EXFIL_READ_WRITE for a value read through {@code POST /v1/scan/response} and then written. Two gateways per
 * database kind: one comparing a write with its own agent's reads, one with every agent's reads of the tenant and a
 * read-value window of a few seconds.
 */
abstract class AgentHistoryContract {
    static final int WARM_UP_CALLS = 5;
    static final int SHORT_WINDOW_SECONDS = 5;
    /** {@code history.maxValuesPerResponse}, as config.yml sets it by default. */
    static final long MAX_VALUES_PER_RESPONSE = 200;
    private static final Map<String, GatewayHarness> RUNNING = new HashMap<>();
    private static final String CRM_URL = "https://api.hubapi.com/crm/v3/objects/contacts/";
    private static final String SLACK_URL = "https://hooks.slack.com/services/T1/B1/x";

    abstract String database();

    /** Agent scope, warm-up of {@value #WARM_UP_CALLS} calls and no minimum age. */
    GatewayHarness gateway() {
        return started(database() + "-agent", Map.of(
                "plugins.config.signals.baseline-anomaly.warm-up-calls", Integer.toString(WARM_UP_CALLS),
                "plugins.config.signals.baseline-anomaly.warm-up-minutes", "0"));
    }

    /** Tenant scope, reads matched for {@value #SHORT_WINDOW_SECONDS} seconds. */
    GatewayHarness tenantScopeGateway() {
        return started(database() + "-tenant", Map.of("history.exfilScope", "tenant",
                "plugins.config.signals.exfil-read-write.window-seconds", Integer.toString(SHORT_WINDOW_SECONDS)));
    }

    private GatewayHarness started(String name, Map<String, String> overrides) {
        synchronized (RUNNING) {
            return RUNNING.computeIfAbsent(name, n -> {
                GatewayHarness.Builder builder = GatewayHarness.on(TestDatabase.fresh(database()));
                overrides.forEach(builder::override);
                GatewayHarness harness = builder.start();
                AtExit.closeGateway(harness::close);
                return harness;
            });
        }
    }

    static HttpResult scan(TenantFixture tenant, String agentId, String method, String url, Object body) {
        Map<String, Object> request = new HashMap<>(Map.of("method", method, "url", url, "agent_id", agentId));
        if (body != null) {
            request.put("body", body);
        }
        HttpResult answer = tenant.scan(request);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer;
    }

    static HttpResult postToSlack(TenantFixture tenant, String agentId, String text) {
        return scan(tenant, agentId, "POST", SLACK_URL, Map.of("text", text));
    }

    static List<String> reasons(HttpResult answer) {
        List<String> codes = new ArrayList<>();
        answer.json().path("reason_codes").forEach(code -> codes.add(code.asText()));
        return codes;
    }

    static String detailOf(HttpResult answer, String reasonCode) {
        for (JsonNode signal : answer.json().path("signals")) {
            if (signal.path("reason_code").asText().equals(reasonCode)) {
                return signal.path("detail").asText();
            }
        }
        throw new AssertionError("no " + reasonCode + " signal in " + answer.text());
    }

    /**
     * Calls new hosts until the agent's baseline answers on this node: BASELINE_ANOMALY for a first-seen host once
     * the node holds the agent's history past its warm-up. At most 40 calls, 10 s.
     */
    static void awaitWarmedUp(TenantFixture tenant, String agentId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (int i = 0; i < 40 && System.nanoTime() < deadline; i++) {
            HttpResult probe = scan(tenant, agentId, "GET", "https://probe-" + i + ".unknown-destination.example/",
                    null);
            if (reasons(probe).contains("BASELINE_ANOMALY")) {
                return;
            }
            pause(250);
        }
        throw new AssertionError("the agent's baseline never answered on " + tenant.gateway().baseUrl());
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- BASELINE_ANOMALY ---------------------------------------------------------------------------------------

    @Test
    void anAgentThatOnlyPostedToSlackAndDeletesARepositoryNeedsApproval() {
        TenantFixture tenant = gateway().newTenant();
        String agent = TenantAdmin.createAgent(tenant, "slack-poster");
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            assertThat(reasons(postToSlack(tenant, agent, "standup at ten"))).doesNotContain("BASELINE_ANOMALY");
        }
        awaitWarmedUp(tenant, agent);

        HttpResult delete = scan(tenant, agent, "DELETE", "https://api.github.com/repos/acme/payments", null);

        assertThat(reasons(delete)).contains("BASELINE_ANOMALY");
        assertThat(delete.field("risk_band")).isEqualTo("HIGH");
        assertThat(delete.field("decision")).isEqualTo("REQUIRE_APPROVAL");
        assertThat(detailOf(delete, "BASELINE_ANOMALY")).contains("first DELETE github.delete_repo",
                "first call to api.github.com", "by this agent after");
        assertThat(reasons(postToSlack(tenant, agent, "standup at ten"))).as("its usual call")
                .doesNotContain("BASELINE_ANOMALY");
    }

    @Test
    void duringTheWarmUpNothingIsNew() {
        TenantFixture tenant = gateway().newTenant();
        String agent = TenantAdmin.createAgent(tenant, "newcomer");
        postToSlack(tenant, agent, "hello");
        pause(300);

        HttpResult delete = scan(tenant, agent, "DELETE", "https://api.github.com/repos/acme/payments", null);

        assertThat(reasons(delete)).doesNotContain("BASELINE_ANOMALY");
    }

    @Test
    void aDeleteHeldForApprovalIsStillNewWhenTriedAgain() {
        TenantFixture tenant = gateway().newTenant();
        String agent = TenantAdmin.createAgent(tenant, "retrier");
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            postToSlack(tenant, agent, "standup at ten");
        }
        awaitWarmedUp(tenant, agent);
        scan(tenant, agent, "DELETE", "https://api.github.com/repos/acme/payments", null);

        HttpResult again = scan(tenant, agent, "DELETE", "https://api.github.com/repos/acme/payments", null);

        assertThat(again.field("decision")).isEqualTo("REQUIRE_APPROVAL");
        assertThat(detailOf(again, "BASELINE_ANOMALY")).contains("first DELETE github.delete_repo");
    }

    @Test
    void baselinesAreKeptPerTenantAndAgentAndNeverHoldCallContent() {
        TenantFixture tenant = gateway().newTenant();
        String agent = TenantAdmin.createAgent(tenant, "facts");
        postToSlack(tenant, agent, "card " + PlantedValues.CARD + " for " + PlantedValues.EMAIL);
        String facts = "SELECT kind || ':' || name FROM agent_facts WHERE tenant_id = '" + tenant.tenantId()
                + "' AND agent_id = '" + agent + "' ORDER BY kind, name";
        List<String> stored = awaitRows(facts, 5);

        assertThat(stored).contains("agent:", "host:hooks.slack.com", "operation:slack post_message", "tool:slack");
        assertThat(String.join(" ", stored)).doesNotContain(PlantedValues.CARD, PlantedValues.EMAIL);
    }

    private List<String> awaitRows(String sql, int atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> rows = DatabaseRows.column(gateway().database(), sql);
        while (rows.size() < atLeast && System.nanoTime() < deadline) {
            pause(50);
            rows = DatabaseRows.column(gateway().database(), sql);
        }
        return rows;
    }

    // --- EXFIL_READ_WRITE ---------------------------------------------------------------------------------------

    /** The agent reads a CRM contact whose answer holds an e-mail address and a card number; the read's trace id. */
    static String readCustomerRecord(TenantFixture tenant, String agentId) {
        HttpResult read = scan(tenant, agentId, "GET", CRM_URL + "901", null);
        assertThat(read.field("verb")).isEqualTo("READ");
        String traceId = read.field("trace_id");
        HttpResult response = tenant.gateway().post("/v1/scan/response", tenant.key(), Map.of("trace_id", traceId,
                "response_status", 200, "response_body", Map.of("id", "901", "properties", Map.of(
                        "email", PlantedValues.EMAIL, "card_number", PlantedValues.CARD, "firstname", "Jane"))));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return traceId;
    }

    static HttpResult postCardToSlack(TenantFixture tenant, String agentId) {
        return postToSlack(tenant, agentId, "here you go: " + PlantedValues.CARD);
    }

    @Test
    void aCardReadFromTheCrmAndPostedToSlackIsExfiltrationNamingTheRead() {
        TenantFixture tenant = gateway().newTenant();
        String agent = TenantAdmin.createAgent(tenant, "crm-reader");
        String readTrace = readCustomerRecord(tenant, agent);

        HttpResult post = postCardToSlack(tenant, agent);

        assertThat(reasons(post)).contains("EXFIL_READ_WRITE");
        assertThat(post.field("risk_band")).isIn("HIGH", "CRITICAL");
        assertThat(detailOf(post, "EXFIL_READ_WRITE")).contains("read in trace " + readTrace)
                .doesNotContain(PlantedValues.CARD, "41111111");
    }

    @Test
    void theCardWrittenInGroupsIsTheCardThatWasRead() {
        TenantFixture tenant = gateway().newTenant();
        String agent = TenantAdmin.createAgent(tenant, "regrouper");
        String readTrace = readCustomerRecord(tenant, agent);

        HttpResult post = postToSlack(tenant, agent, "card 4111-1111-1111-1111 as asked");

        assertThat(detailOf(post, "EXFIL_READ_WRITE")).contains(readTrace);
    }

    @Test
    void aResponseKeepsAtMostTheCappedNumberOfHashes() {
        TenantFixture tenant = gateway().newTenant();
        String agent = TenantAdmin.createAgent(tenant, "bulk-reader");
        String traceId = scan(tenant, agent, "GET", CRM_URL, null).field("trace_id");
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(Map.of("note", "customer number " + i + " asked about the renewal of the plan"));
        }
        HttpResult answer = tenant.gateway().post("/v1/scan/response", tenant.key(), Map.of("trace_id", traceId,
                "response_body", Map.of("results", rows)));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        String count = "SELECT COUNT(*) FROM read_values WHERE tenant_id = '" + tenant.tenantId()
                + "' AND CAST(source_trace_id AS VARCHAR(36)) = '" + traceId + "'";
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (Long.parseLong(DatabaseRows.column(gateway().database(), count).get(0)) < MAX_VALUES_PER_RESPONSE
                && System.nanoTime() < deadline) {
            pause(50);
        }

        assertThat(Long.parseLong(DatabaseRows.column(gateway().database(), count).get(0)))
                .isEqualTo(MAX_VALUES_PER_RESPONSE);
        assertThat(reasons(postToSlack(tenant, agent, "Customer number 3 asked about the renewal of the plan")))
                .contains("EXFIL_READ_WRITE");
    }

    @Test
    void aValueReadByOneTenantNeverFiresForAnother() {
        TenantFixture reader = gateway().newTenant();
        TenantFixture other = gateway().newTenant();
        readCustomerRecord(reader, TenantAdmin.createAgent(reader, "reader"));

        HttpResult post = postCardToSlack(other, TenantAdmin.createAgent(other, "writer"));

        assertThat(reasons(post)).doesNotContain("EXFIL_READ_WRITE");
    }

    @Test
    void anotherAgentOfTheTenantDoesNotFireByDefault() {
        TenantFixture tenant = gateway().newTenant();
        readCustomerRecord(tenant, TenantAdmin.createAgent(tenant, "reader"));

        HttpResult post = postCardToSlack(tenant, TenantAdmin.createAgent(tenant, "writer"));

        assertThat(reasons(post)).doesNotContain("EXFIL_READ_WRITE");
    }

    @Test
    void anotherAgentOfTheTenantFiresWhenTheScopeIsTheTenant() {
        TenantFixture tenant = tenantScopeGateway().newTenant();
        String reader = TenantAdmin.createAgent(tenant, "reader");
        String writer = TenantAdmin.createAgent(tenant, "writer");
        String readTrace = readCustomerRecord(tenant, reader);

        HttpResult post = postCardToSlack(tenant, writer);

        assertThat(reasons(post)).contains("EXFIL_READ_WRITE");
        assertThat(detailOf(post, "EXFIL_READ_WRITE")).contains(readTrace);
    }

    @Test
    void afterTheWindowTheReadNoLongerCounts() {
        TenantFixture tenant = tenantScopeGateway().newTenant();
        String agent = TenantAdmin.createAgent(tenant, "slow-writer");
        readCustomerRecord(tenant, agent);
        pause(Duration.ofSeconds(SHORT_WINDOW_SECONDS).toMillis() + 1_500);

        HttpResult post = postCardToSlack(tenant, agent);

        assertThat(reasons(post)).doesNotContain("EXFIL_READ_WRITE");
    }

    @Test
    void theResponseToAWriteIsNotRemembered() {
        TenantFixture tenant = gateway().newTenant();
        String agent = TenantAdmin.createAgent(tenant, "writer");
        HttpResult write = scan(tenant, agent, "PATCH", CRM_URL + "902", Map.of("properties", Map.of("lifecycle",
                "customer")));
        tenant.gateway().post("/v1/scan/response", tenant.key(), Map.of("trace_id", write.field("trace_id"),
                "response_body", Map.of("card_number", PlantedValues.CARD)));

        assertThat(reasons(postCardToSlack(tenant, agent))).doesNotContain("EXFIL_READ_WRITE");
    }

    @Test
    void nothingOfTheValuesReadOrWrittenReachesTheDatabase() {
        TenantFixture tenant = gateway().newTenant();
        String agent = TenantAdmin.createAgent(tenant, "careful");
        String readTrace = readCustomerRecord(tenant, agent);
        postCardToSlack(tenant, agent);
        String hashes = "SELECT value_hash FROM read_values WHERE tenant_id = '" + tenant.tenantId()
                + "' AND CAST(source_trace_id AS VARCHAR(36)) = '" + readTrace + "'";
        assertThat(awaitRows(hashes, 2)).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
        TraceReader.writeBarrier(tenant);

        List<String> found = new ArrayList<>();
        DatabaseRows.everyTable(gateway().database())
                .forEach((table, text) -> found.addAll(PlantedValues.foundIn(table, text)));

        assertThat(found).isEmpty();
    }

    @Test
    void aReadOfAnotherTenantsTraceIsNotFoundAndRemembersNothing() {
        TenantFixture reader = gateway().newTenant();
        TenantFixture intruder = gateway().newTenant();
        String readTrace = scan(reader, TenantAdmin.createAgent(reader, "reader"), "GET", CRM_URL + "903", null)
                .field("trace_id");

        HttpResult answer = intruder.gateway().post("/v1/scan/response", intruder.key(), Map.of("trace_id",
                readTrace, "response_body", Map.of("card_number", PlantedValues.CARD)));

        ErrorAssertions.assertError(answer, 404, "NOT_FOUND");
        assertThat(reasons(postCardToSlack(intruder, TenantAdmin.createAgent(intruder, "writer"))))
                .doesNotContain("EXFIL_READ_WRITE");
        assertThat(reasons(postCardToSlack(reader, TenantAdmin.createAgent(reader, "writer"))))
                .doesNotContain("EXFIL_READ_WRITE");
    }
}
