package io.interven.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.DatabaseRows;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import io.interven.gateway.testing.TestDatabase;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** create-tenant, create-agent and create-key set up a tenant whose key a gateway on the same database accepts. */
class TenantCommandsTest {
    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final Pattern LIVE_KEY = Pattern.compile("iv_live_[A-Za-z0-9_-]{16,128}");

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void aKeyMintedOnTheCommandLineAuthenticatesScans(String kind, @TempDir Path dir) {
        TestDatabase database = TestDatabase.fresh(kind);
        String config = CliConfigFile.write(dir, database).toString();

        String tenant = CliRunner.run("create-tenant", "--name", "acme", config).succeeded().printed();
        String agent = CliRunner.run("create-agent", "--tenant", "acme", "--name", "bot", "--runtime-type",
                "langchain", config).succeeded().printed();
        String key = CliRunner.run("create-key", "--tenant", "acme", "--roles", "scan,analyst", config)
                .succeeded().printed();

        assertThat(tenant).containsPattern("tenant_id " + UUID + " name acme");
        assertThat(agent).containsPattern("agent_id " + UUID + " name bot env production");
        assertThat(key).containsPattern("key_id " + UUID);
        String plaintext = first(LIVE_KEY, key);
        String agentId = first(UUID, agent);
        assertThat(DatabaseRows.column(database, "SELECT roles FROM api_keys")).containsExactly("analyst,scan");
        assertThat(DatabaseRows.column(database, "SELECT key_hash FROM api_keys")).doesNotContain(plaintext);

        try (GatewayHarness gateway = GatewayHarness.on(database).start()) {
            Map<String, Object> call = new HashMap<>(SampleCalls.slackHello());
            call.put("agent_id", agentId);
            HttpResult scan = gateway.post("/v1/scan", plaintext, call);
            assertThat(scan.status()).as(scan.text()).isEqualTo(200);
            assertThat(scan.field("decision")).isEqualTo("ALLOW");

            assertThat(gateway.get("/v1/plugins", plaintext).status()).as("no admin role").isEqualTo(403);
            assertThat(gateway.post("/v1/scan", plaintext.substring(0, plaintext.length() - 1) + "x",
                    SampleCalls.slackHello()).status()).isEqualTo(401);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2"})
    void mistakesAreReportedWithoutCreatingAnything(String kind, @TempDir Path dir) {
        TestDatabase database = TestDatabase.fresh(kind);
        String config = CliConfigFile.write(dir, database).toString();
        CliRunner.run("create-tenant", "--name", "acme", config).succeeded();

        assertThat(CliRunner.run("create-agent", "--tenant", "nope", "--name", "bot", config).failure())
                .hasValueSatisfying(e -> assertThat(e).hasMessageContaining("no tenant named nope"));
        assertThat(CliRunner.run("create-key", "--tenant", "acme", "--roles", "scan,root", config).failure())
                .hasValueSatisfying(e -> assertThat(e).hasMessageContaining("unknown role: root"));
        assertThat(CliRunner.run("create-tenant", "--name", "acme", config).failure()).isPresent();
        assertThat(CliRunner.run("create-agent", "--tenant", "acme", "--name", "bot", "--runtime-type", "skynet",
                config).failure()).isPresent();

        assertThat(DatabaseRows.count(database, "tenants")).isEqualTo(1);
        assertThat(DatabaseRows.count(database, "api_keys")).isZero();
        assertThat(DatabaseRows.column(database, "SELECT name FROM agents")).doesNotContain("bot");
    }

    static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s in %s", pattern, text).isTrue();
        return m.group();
    }
}
