package io.interven.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ResourceHelpers;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import io.interven.gateway.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plugins.config.<plugin-id>} of config.yml reaches the plugin's Configurable extensions at start, and a
 * setting the plugin refuses, an id no jar has, or settings for a plugin that reads none stop start-up in one line
 * naming the jar, the plugin and the key, never the value. Real jars built here, real gateways.
 */
class PluginConfigurationTest {
    static final String PLUGIN = "acme-config";
    static final String JAR = PLUGIN + ".jar";
    static final String KEY = "plugins.config." + PLUGIN + ".";
    static final String SECRET = "sk_live_SettingValueMustNotLeak4242";
    static final Map<String, String> INTENT = Map.of("X-Acme-Intent", "yes");

    @TempDir
    Path plugins;

    @Test
    void settingsFromTheConfigurationFileReachThePluginWithTheirYamlTypes() throws IOException {
        configured().writeTo(plugins);
        Path config = configFileWith("""
                  config:
                    acme-config:
                      header: X-Acme-Intent
                      weight: 0.7
                      hosts: [collector.unknown-destination.example, other.example]
                      rules:
                        code: ACME_FROM_FILE
                """);

        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.h2()).plugins(plugins).configFile(config)
                .start()) {
            JsonNode signal = firedSignal(gateway);

            assertThat(signal.get("signal_id").asText()).isEqualTo("acme-configured");
            assertThat(signal.get("reason_code").asText()).isEqualTo("ACME_FROM_FILE");
            assertThat(signal.get("weight").asDouble()).isEqualTo(0.7);
        }
    }

    @Test
    void settingsGivenAsTextOverridesAreReadByKindToo() {
        configured().writeTo(plugins);

        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.h2()).plugins(plugins)
                .override(KEY + "header", "X-Acme-Intent").override(KEY + "weight", "0.4")
                .override(KEY + "hosts", "other.example, collector.unknown-destination.example").start()) {
            JsonNode signal = firedSignal(gateway);

            assertThat(signal.get("reason_code").asText()).isEqualTo("ACME_CONFIGURED");
            assertThat(signal.get("weight").asDouble()).isEqualTo(0.4);
        }
    }

    @Test
    void aConfigurablePluginWithoutSettingsIsStillConfiguredAndMayRequireOne() {
        configured().writeTo(plugins);

        assertThatThrownBy(() -> start(Map.of()))
                .hasMessageContaining("plugin jar " + JAR + " (" + PLUGIN + "): invalid setting " + KEY
                        + "header: is required");
    }

    @Test
    void aValueOfTheWrongKindStopsStartUpNamingTheKeyButNotTheValue() {
        configured().writeTo(plugins);

        assertThatThrownBy(() -> start(Map.of(KEY + "header", "X-Acme-Intent", KEY + "weight", SECRET)))
                .hasMessageContaining("plugin jar " + JAR + " (" + PLUGIN + "): invalid setting " + KEY
                        + "weight: must be a number")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aValueThePluginsOwnCheckRefusesStopsStartUp() {
        configured().writeTo(plugins);

        assertThatThrownBy(() -> start(Map.of(KEY + "header", "X-Acme-Intent", KEY + "weight", "2")))
                .hasMessageContaining("invalid setting " + KEY + "weight: must be between 0 and 1");
    }

    @Test
    void anotherExceptionWhileConfiguringStopsStartUpNamingOnlyItsClass() {
        configured().writeTo(plugins);

        assertThatThrownBy(() -> start(Map.of(KEY + "header", "X-Acme-Intent", KEY + "mode", "explode",
                KEY + "secret", SECRET)))
                .hasMessageContaining("plugin jar " + JAR + " (" + PLUGIN + "): " + TestPluginSources.CONFIGURED_SIGNAL
                        + " failed to read its settings with java.lang.IllegalStateException")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void settingsForAPluginIdNoJarHasStopStartUp() {
        configured().writeTo(plugins);

        assertThatThrownBy(() -> start(Map.of(KEY + "header", "X-Acme-Intent",
                "plugins.config.acme-confg.header", "X-Acme-Intent")))
                .hasMessageContaining("plugins.config.acme-confg names no plugin")
                .hasMessageContaining("found: " + PLUGIN);
    }

    @Test
    void settingsForAPluginThatReadsNoneStopStartUp() {
        BrokenPluginJarTest.acme().writeTo(plugins, "acme.jar");

        assertThatThrownBy(() -> start(Map.of("plugins.config.acme.threshold", "3")))
                .hasMessageContaining("plugin jar acme.jar (acme) reads no settings")
                .hasMessageContaining("plugins.config.acme sets [threshold]");
    }

    @Test
    void aSectionNoSignalOfTheBuiltInPluginReadsStopsStartUpNamingIt() {
        GatewayHarness.Builder builder = GatewayHarness.on(TestDatabase.h2())
                .override("plugins.config.signals.baseline.warm-up-calls", "3");

        assertThatThrownBy(() -> {
            try (GatewayHarness gateway = builder.build()) {
                gateway.start();
            }
        }).hasMessageContaining("invalid setting plugins.config.signals.baseline: no extension of the plugin reads it")
                .hasMessageContaining("baseline-anomaly");
    }

    static PluginJarBuilder configured() {
        return PluginJarBuilder.plugin(PLUGIN)
                .source(TestPluginSources.CONFIGURED_SIGNAL, TestPluginSources.configuredSignal());
    }

    private void start(Map<String, String> overrides) {
        GatewayHarness.Builder builder = GatewayHarness.on(TestDatabase.h2()).plugins(plugins);
        overrides.forEach(builder::override);
        try (GatewayHarness gateway = builder.build()) {
            gateway.start();
        }
    }

    private static JsonNode firedSignal(GatewayHarness gateway) {
        HttpResult answer = gateway.post("/v1/scan", gateway.bootstrapKey(),
                SampleCalls.postToUnknownHost(Map.of("text", "hello"), INTENT));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().get("signals")).as(answer.text()).hasSize(1);
        return answer.json().get("signals").get(0);
    }

    /** The test configuration with {@code pluginsSection} added under {@code plugins:}. */
    private Path configFileWith(String pluginsSection) {
        try {
            String base = Files.readString(Path.of(ResourceHelpers.resourceFilePath("test-config.yml")));
            String anchor = "plugins:\n  directory: ../plugins\n";
            assertThat(base).contains(anchor);
            Path file = plugins.resolve("config.yml");                 // not a jar: the gateway ignores it there
            Files.writeString(file, base.replace(anchor, anchor + pluginsSection));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
