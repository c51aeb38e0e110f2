package io.interven.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A third-party Detector jar dropped beside the built-ins is loaded, runs in scans and is listed. */
class CustomDetectorPluginTest {
    static final String TOKEN = "acme_live_" + "k3j9x0q2w8e7r6t5y4u1i0o9";

    @RegisterExtension
    static final GatewayWithPlugins gateway = GatewayWithPlugins.plus(PluginJarBuilder.plugin("acme")
            .version("1.2.3").provider("Acme Corp")
            .source(TestPluginSources.ACME_DETECTOR, TestPluginSources.acmeTokenDetector()), "acme-tokens.jar");

    @Test
    void itsFindingIsRedactedInAWriteToAnUnknownHost() {
        HttpResult answer = gateway.scan(
                SampleCalls.postToUnknownHost(Map.of("note", "use " + TOKEN + " for prod", "count", 3)));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.get("decision").asText()).isEqualTo("SANITIZE");
        assertThat(json.get("classifications").toString()).contains("SECRETS");
        JsonNode finding = json.get("findings").get(0);
        assertThat(finding.get("entity_type").asText()).isEqualTo("ACME_TOKEN");
        assertThat(finding.get("rule_id").asText()).isEqualTo("acme-live-token");
        assertThat(finding.get("path").asText()).isEqualTo("$.note");
        assertThat(finding.get("start").asInt()).isEqualTo(4);
        assertThat(finding.get("end").asInt()).isEqualTo(4 + TOKEN.length());
        assertThat(json.get("sanitized_body").get("note").asText()).isEqualTo("use [REDACTED:ACME_TOKEN] for prod");
        assertThat(json.get("sanitized_body").get("count").asInt()).isEqualTo(3);
        assertThat(answer.text()).doesNotContain(TOKEN);
    }

    @Test
    void aLookAlikeWithTheWrongLengthIsNotAFinding() {
        HttpResult answer = gateway.scan(SampleCalls.postToUnknownHost(Map.of("note", "acme_live_tooshort")));

        assertThat(answer.json().get("decision").asText()).isEqualTo("ALLOW");
        assertThat(answer.json().get("findings")).isEmpty();
    }

    @Test
    void thePluginsEndpointListsItsIdVersionAndExtension() {
        HttpResult answer = gateway.get("/v1/plugins");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode acme = pluginNamed(answer.json(), "acme");
        assertThat(acme.get("version").asText()).isEqualTo("1.2.3");
        assertThat(acme.get("provider").asText()).isEqualTo("Acme Corp");
        assertThat(acme.get("jar").asText()).isEqualTo("acme-tokens.jar");
        assertThat(acme.get("state").asText()).isEqualTo("STARTED");
        assertThat(acme.get("extensions")).hasSize(1);
        JsonNode extension = acme.get("extensions").get(0);
        assertThat(extension.get("extension_point").asText()).isEqualTo("Detector");
        assertThat(extension.get("id").asText()).isEqualTo("acme-tokens");
        assertThat(extension.get("class_name").asText()).isEqualTo(TestPluginSources.ACME_DETECTOR);
    }

    @Test
    void theBuiltInPluginsAreListedBesideIt() {
        JsonNode plugins = gateway.get("/v1/plugins").json();

        assertThat(StreamSupport.stream(plugins.spliterator(), false).map(p -> p.get("plugin_id").asText()))
                .contains("acme", "pii", "tools", "signals");
    }

    static JsonNode pluginNamed(JsonNode plugins, String pluginId) {
        return StreamSupport.stream(plugins.spliterator(), false)
                .filter(p -> pluginId.equals(p.get("plugin_id").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("plugin " + pluginId + " not listed in " + plugins));
    }
}
