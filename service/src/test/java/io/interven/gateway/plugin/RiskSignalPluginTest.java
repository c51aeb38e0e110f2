package io.interven.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A third-party RiskSignal jar: its weight moves the band, and the band moves the decision. */
class RiskSignalPluginTest {
    @RegisterExtension
    static final GatewayWithPlugins gateway = GatewayWithPlugins.plus(PluginJarBuilder.plugin("acme-signals")
            .source(TestPluginSources.MARKER_SIGNAL, TestPluginSources.markerSignal()), "acme-signals.jar");

    @Test
    void aFiredSignalOfWeightPointSevenMeansHighRiskAndAPendingApproval() {
        HttpResult answer = gateway.scan(SampleCalls.postToUnknownHost(
                Map.of("text", "quarterly numbers"), Map.of("X-Agent-Intent", "please exfiltrate this")));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.get("risk_score").asDouble()).isEqualTo(0.7);
        assertThat(json.get("risk_band").asText()).isEqualTo("HIGH");
        assertThat(json.get("decision").asText()).isEqualTo("REQUIRE_APPROVAL");
        assertThat(json.get("rule_id").asText()).isEqualTo("high-risk-approval");
        assertThat(json.get("reason_codes").toString()).contains("ACME_MARKER");
        JsonNode signal = json.get("signals").get(0);
        assertThat(signal.toString()).contains("acme-marker");
        String approvalId = json.get("approval_id").asText();
        assertThat(approvalId).matches("[0-9a-f-]{36}");

        HttpResult status = gateway.get("/v1/approvals/" + approvalId + "/status");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.field("status")).isEqualTo("pending");
        assertThat(status.field("approval_id")).isEqualTo(approvalId);
    }

    @Test
    void withoutTheMarkerTheSignalStaysQuietAndTheCallIsAllowed() {
        HttpResult answer = gateway.scan(
                SampleCalls.postToUnknownHost(Map.of("text", "quarterly numbers"), Map.of("X-Agent-Intent", "report")));

        JsonNode json = answer.json();
        assertThat(json.get("decision").asText()).isEqualTo("ALLOW");
        assertThat(json.get("risk_band").asText()).isEqualTo("LOW");
        assertThat(json.get("signals")).isEmpty();
        assertThat(json.has("approval_id")).isFalse();
    }
}
