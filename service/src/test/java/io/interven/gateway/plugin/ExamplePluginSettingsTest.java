package io.interven.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import io.interven.gateway.testing.TestDatabase;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example plugin of detector-api/README.md reads its one setting, {@code prefix}, as the guide shows: a valid
 * prefix changes what it finds, and a bad value or an unknown key stops start-up naming the key.
 */
class ExamplePluginSettingsTest {
    static final String PREFIX_KEY = "plugins.config.example-employee-ids.prefix";

    @TempDir
    Path plugins;

    @Test
    void aConfiguredPrefixIsTheOneItFinds() {
        PluginFolder.copyInto(plugins, ExamplePluginTest.exampleJar());

        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.h2()).plugins(plugins)
                .override(PREFIX_KEY, "XYZ").start()) {
            HttpResult answer = gateway.post("/v1/scan", gateway.bootstrapKey(),
                    SampleCalls.postToUnknownHost(Map.of("ticket", "XYZ-204518 replaces EMP-204518")));

            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            JsonNode findings = answer.json().get("findings");
            assertThat(findings).hasSize(1);
            assertThat(findings.get(0).get("entity_type").asText()).isEqualTo("EMPLOYEE_ID");
            assertThat(answer.json().get("sanitized_body").get("ticket").asText())
                    .isEqualTo("[REDACTED:EMPLOYEE_ID] replaces EMP-204518");
        }
    }

    @Test
    void aPrefixThatIsNotUpperCaseLettersStopsStartUp() {
        PluginFolder.copyInto(plugins, ExamplePluginTest.exampleJar());

        assertThatThrownBy(() -> start("prefix", "emp1"))
                .hasMessageContaining("plugin jar interven-example-plugin.jar (example-employee-ids): invalid setting "
                        + PREFIX_KEY + ": must be 2 to 8 upper-case letters");
    }

    @Test
    void aMisspelledKeyStopsStartUp() {
        PluginFolder.copyInto(plugins, ExamplePluginTest.exampleJar());

        assertThatThrownBy(() -> start("prefx", "XYZ"))
                .hasMessageContaining("invalid setting plugins.config.example-employee-ids.prefx: is not a setting "
                        + "of this plugin (known: prefix)");
    }

    private void start(String key, String value) {
        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.h2()).plugins(plugins)
                .override("plugins.config.example-employee-ids." + key, value).build()) {
            gateway.start();
        }
    }
}
