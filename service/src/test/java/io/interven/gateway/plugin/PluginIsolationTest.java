package io.interven.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A plugin sees the SPI and its own classes; the gateway's internals and its libraries stay invisible. */
class PluginIsolationTest {
    @RegisterExtension
    static final GatewayWithPlugins gateway = GatewayWithPlugins.plus(PluginJarBuilder.plugin("probe")
            .source(TestPluginSources.ISOLATION_PROBE, TestPluginSources.isolationProbe()), "probe.jar");

    @Test
    void aPluginCanLoadTheSpiButNotTheGatewayJacksonOrJdbi() {
        HttpResult answer = gateway.scan(SampleCalls.postToUnknownHost(Map.of("text", "probe-isolation")));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode findings = answer.json().get("findings");
        assertThat(StreamSupport.stream(findings.spliterator(), false).map(f -> f.get("entity_type").asText()))
                .containsExactlyInAnyOrder("HIDDEN_GATEWAY_APPLICATION", "HIDDEN_JACKSON_OBJECT_MAPPER",
                        "HIDDEN_JDBI", "VISIBLE_SPI_FINDING");
    }
}
