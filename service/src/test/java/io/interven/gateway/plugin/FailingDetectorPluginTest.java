package io.interven.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A Detector plugin that throws fails the scan closed, and its exception message (which quotes data) is not told. */
class FailingDetectorPluginTest {
    @RegisterExtension
    static final GatewayWithPlugins gateway = GatewayWithPlugins.plus(PluginJarBuilder.plugin("throwing")
            .source(TestPluginSources.THROWING_DETECTOR, TestPluginSources.throwingDetector()), "throwing.jar");

    @Test
    void aBenignCallIsDeniedWithPipelineFailureInsteadOfAllowed() {
        HttpResult answer = gateway.scan(SampleCalls.slackHello());

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.get("decision").asText()).isEqualTo("DENY");
        assertThat(json.get("reason_codes").toString()).isEqualTo("[\"PIPELINE_FAILURE\"]");
        assertThat(json.get("risk_band").asText()).isEqualTo("CRITICAL");
        assertThat(json.get("findings")).isEmpty();
    }

    @Test
    void theExceptionMessageReachesNeitherTheAnswerNorTheLog() {
        String marker = "payload-" + UUID.randomUUID();
        HttpResult answer = gateway.scan(SampleCalls.postToUnknownHost(Map.of("text", marker)));

        assertThat(answer.json().get("decision").asText()).isEqualTo("DENY");
        assertThat(answer.text()).doesNotContain(TestPluginSources.EXCEPTION_SECRET).doesNotContain(marker);
        String log = gateway.harness().log();
        assertThat(log).contains("failed closed").contains("throws-always");
        assertThat(log).doesNotContain(TestPluginSources.EXCEPTION_SECRET).doesNotContain(marker)
                .doesNotContain("cannot parse");
    }
}
