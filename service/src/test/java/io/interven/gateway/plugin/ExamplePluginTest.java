package io.interven.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The example plugin of detector-api/README.md, as the build produces it, works when dropped beside the built-ins.
 * Its jar is {@code -Dinterven.example.plugin.jar}, by default where the example module builds it.
 */
class ExamplePluginTest {
    static final String EMPLOYEE_ID = "EMP-204518";

    @RegisterExtension
    static final GatewayWithPlugins gateway = GatewayWithPlugins.plus(dir -> PluginFolder.copyInto(dir, exampleJar()));

    static Path exampleJar() {
        String configured = System.getProperty("interven.example.plugin.jar",
                "../examples/example-plugin/target/interven-example-plugin.jar");
        return Path.of(configured).toAbsolutePath().normalize();
    }

    @Test
    void itFindsEmployeeIdsInAScanAndTheyAreRedacted() {
        HttpResult answer = gateway.scan(
                SampleCalls.postToUnknownHost(Map.of("ticket", "laptop for " + EMPLOYEE_ID + " please")));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        JsonNode finding = json.get("findings").get(0);
        assertThat(finding.get("entity_type").asText()).isEqualTo("EMPLOYEE_ID");
        assertThat(finding.get("data_class").asText()).isEqualTo("PII");
        assertThat(finding.get("path").asText()).isEqualTo("$.ticket");
        assertThat(json.get("decision").asText()).isEqualTo("SANITIZE");
        assertThat(json.get("sanitized_body").get("ticket").asText())
                .isEqualTo("laptop for [REDACTED:EMPLOYEE_ID] please");
    }

    @Test
    void itIsListedWithTheIdAndProviderOfItsManifest() {
        JsonNode plugin = CustomDetectorPluginTest.pluginNamed(gateway.get("/v1/plugins").json(),
                "example-employee-ids");

        assertThat(plugin.get("provider").asText()).isEqualTo("Example Corp");
        assertThat(plugin.get("jar").asText()).isEqualTo("interven-example-plugin.jar");
        assertThat(plugin.get("extensions").get(0).get("id").asText()).isEqualTo("example-employee-ids");
    }
}
