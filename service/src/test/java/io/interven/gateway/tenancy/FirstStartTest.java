package io.interven.gateway.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.gateway.testing.DatabaseRows;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import io.interven.gateway.testing.StandardOutput;
import io.interven.gateway.testing.TestDatabase;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The first start on an empty database creates tenant, environment, default agent and an all-roles key, once. */
class FirstStartTest {
    static final Pattern PRINTED_KEY = Pattern.compile("iv_live_[A-Za-z0-9_-]{16,128}");

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void theFirstStartCreatesTheDefaultTenantAndAKeyWithEveryRole(String kind) {
        TestDatabase database = TestDatabase.fresh(kind);
        try (GatewayHarness gateway = GatewayHarness.on(database).start()) {
            assertThat(DatabaseRows.column(database, "SELECT name FROM tenants")).containsExactly("default");
            assertThat(DatabaseRows.column(database, "SELECT name FROM environments")).containsExactly("production");
            assertThat(DatabaseRows.column(database, "SELECT name FROM agents WHERE env_name = 'production'"))
                    .containsExactly("default");
            assertThat(DatabaseRows.column(database, "SELECT default_agent_id FROM environments"))
                    .containsExactlyElementsOf(DatabaseRows.column(database, "SELECT id FROM agents"));
            assertThat(DatabaseRows.column(database, "SELECT roles FROM api_keys"))
                    .containsExactly("admin,analyst,mint,operator,scan");

            assertKeyHasEveryRole(gateway, gateway.bootstrapKey());
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void aRestartOnTheSameDatabaseCreatesNothingNew(String kind) {
        TestDatabase database = TestDatabase.fresh(kind);
        String key;
        try (GatewayHarness first = GatewayHarness.on(database).start()) {
            key = first.bootstrapKey();
        }
        String otherKey = "iv_live_changed" + UUID.randomUUID().toString().replace("-", "");
        try (GatewayHarness again = GatewayHarness.on(database).bootstrapKey(otherKey).start()) {
            assertThat(DatabaseRows.column(database, "SELECT name FROM tenants")).containsExactly("default");
            assertThat(DatabaseRows.count(database, "environments")).isEqualTo(1);
            assertThat(DatabaseRows.count(database, "agents")).isEqualTo(1);
            assertThat(DatabaseRows.count(database, "api_keys")).isEqualTo(1);
            assertThat(again.post("/v1/scan", key, SampleCalls.slackHello()).status()).isEqualTo(200);
            assertThat(again.post("/v1/scan", otherKey, SampleCalls.slackHello()).status())
                    .as("a bootstrap key set after the first start is not stored").isEqualTo(401);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void withoutABootstrapKeyOneIsGeneratedAndPrintedButNeverLogged(String kind) throws Exception {
        TestDatabase database = TestDatabase.fresh(kind);
        GatewayHarness gateway = GatewayHarness.on(database).bootstrapKey(null).build();
        try (gateway) {
            String printed = StandardOutput.capture(gateway::start);

            Matcher key = PRINTED_KEY.matcher(printed);
            assertThat(key.find()).as("a key in: %s", printed).isTrue();
            assertThat(printed).contains("shown once");
            assertKeyHasEveryRole(gateway, key.group());
            assertThat(gateway.log()).isNotEmpty().doesNotContain(key.group());
            assertThat(DatabaseRows.column(database, "SELECT key_hash FROM api_keys"))
                    .hasSize(1).doesNotContain(key.group());
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void aMalformedBootstrapKeyStopsStartUpNamingTheVariable(String kind) {
        TestDatabase database = TestDatabase.fresh(kind);
        GatewayHarness gateway = GatewayHarness.on(database).bootstrapKey("not_a_key").build();
        try (gateway) {
            assertThatThrownBy(gateway::start).hasMessageContaining("INTERVEN_BOOTSTRAP_KEY")
                    .hasMessageNotContaining("not_a_key");
        }
        assertThat(DatabaseRows.count(database, "tenants")).as("nothing half-created").isZero();
    }

    private static void assertKeyHasEveryRole(GatewayHarness gateway, String key) {
        HttpResult tenant = gateway.post("/v1/admin/tenants", key, Map.of("name", "second-" + UUID.randomUUID()));
        assertThat(tenant.status()).as("operator: %s", tenant.text()).isEqualTo(201);
        assertThat(gateway.get("/v1/plugins", key).status()).as("admin").isEqualTo(200);
        assertThat(gateway.get("/v1/traces", key).status()).as("analyst").isEqualTo(200);
        HttpResult scan = gateway.post("/v1/scan", key, SampleCalls.slackHello());
        assertThat(scan.status()).as("scan").isEqualTo(200);
        assertThat(scan.field("decision")).isEqualTo("ALLOW");
    }
}
