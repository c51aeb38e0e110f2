package io.interven.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A third-party signal reads the agent's history through the SPI, in a real gateway and its plugin class loader.
 * An agent's first call is made with its history not loaded yet: every host is a first contact, and value hashes
 * are keyed hashes.
 */
class AgentHistoryPluginTest {

    @Test
    void aSignalAsksTheAgentsHistoryAndFindsNothingBeforeTheFirstCall(@TempDir Path plugins) {
        PluginJarBuilder.plugin("acme-history")
                .source(TestPluginSources.FIRST_CONTACT_SIGNAL, TestPluginSources.firstContactSignal())
                .requires("^1.0.0").writeTo(plugins);

        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.h2()).plugins(plugins).start()) {
            HttpResult answer = gateway.post("/v1/scan", gateway.bootstrapKey(),
                    SampleCalls.postToUnknownHost(Map.of("text", "hello")));

            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            JsonNode signal = answer.json().get("signals").get(0);
            assertThat(signal.get("signal_id").asText()).isEqualTo("acme-first-contact");
            assertThat(signal.get("reason_code").asText()).isEqualTo("ACME_FIRST_CONTACT");
            assertThat(signal.get("detail").asText()).isEqualTo("first contact, hash of 64 digits");
        }
    }
}
