package io.interven.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import io.interven.gateway.testing.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code plugins.disabled} and {@code plugins.enabled} decide which plugins start; the admin health check reports
 * a required plugin that did not. (Dropwizard overrides address these lists as comma lists,
 * {@code plugins.disabled=pii,tools}; {@code plugins.disabled[0]} fails because the list is absent from the file.)
 */
class PluginEnablementTest {
    static final Map<String, Object> EMAIL_TO_UNKNOWN_HOST =
            SampleCalls.postToUnknownHost(Map.of("note", "call back jane.doe@example.com tomorrow"));

    @Test
    void aDisabledPluginDoesNotRunAndMakesThePluginsCheckUnhealthy() {
        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.h2())
                .override("plugins.disabled", "pii").start()) {
            assertPiiIsNotRunning(gateway);
        }
    }

    @Test
    void anEnabledListLeavingAPluginOutDoesNotRunIt() {
        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.h2())
                .override("plugins.enabled", "secrets,tools,signals").start()) {
            assertPiiIsNotRunning(gateway);
        }
    }

    @Test
    void withEveryBuiltInPluginThePluginsCheckIsHealthy() {
        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.h2()).start()) {
            HttpResult health = gateway.getAdmin("/healthcheck");

            assertThat(health.status()).as(health.text()).isEqualTo(200);
            assertThat(health.json().get("plugins").get("healthy").asBoolean()).isTrue();
            assertThat(health.json().get("plugins").get("message").asText())
                    .contains("secrets", "pii", "tools", "signals");
            HttpResult answer = gateway.post("/v1/scan", gateway.bootstrapKey(), EMAIL_TO_UNKNOWN_HOST);
            assertThat(answer.json().get("decision").asText()).isEqualTo("SANITIZE");
        }
    }

    private static void assertPiiIsNotRunning(GatewayHarness gateway) {
        HttpResult answer = gateway.post("/v1/scan", gateway.bootstrapKey(), EMAIL_TO_UNKNOWN_HOST);
        assertThat(answer.json().get("decision").asText()).isEqualTo("ALLOW");
        assertThat(answer.json().get("classifications")).isEmpty();

        JsonNode pii = CustomDetectorPluginTest.pluginNamed(gateway.get("/v1/plugins", gateway.bootstrapKey()).json(),
                "pii");
        assertThat(pii.get("state").asText()).isEqualTo("DISABLED");
        assertThat(pii.get("extensions")).isEmpty();

        HttpResult health = gateway.getAdmin("/healthcheck");
        assertThat(health.status()).isEqualTo(500);
        JsonNode plugins = health.json().get("plugins");
        assertThat(plugins.get("healthy").asBoolean()).isFalse();
        assertThat(plugins.get("message").asText()).startsWith("required plugins not started: ").contains("pii")
                .doesNotContain("tools", "signals");
    }
}
