package io.interven.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import io.interven.gateway.testing.TestDatabase;
import io.interven.spi.SpiVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pf4j.DefaultVersionManager;

/**
 * A plugin declares the SPI it needs ({@code Plugin-Requires}, a SemVer expression); the gateway runs as SPI
 * {@link SpiVersion#CURRENT} and refuses at start a plugin it cannot serve, naming the jar, the plugin, what it
 * requires and what the gateway provides.
 */
class PluginRequiresTest {
    static final String TOKEN = "acme_live_" + "abcdefghijklmnopqrstuvwx";

    @TempDir
    Path plugins;

    static Stream<String> requirementsTheGatewayCannotMeet() {
        int[] v = parts(SpiVersion.CURRENT);
        return Stream.of(
                "^" + v[0] + "." + (v[1] + 1) + ".0",              // a newer minor: uses SPI this gateway lacks
                (v[0] + 1) + ".0.0",                                // a bare version means "this or newer"
                "^" + (v[0] + 1) + ".0.0",                          // the next major
                "^" + (v[0] - 1) + ".9.0");                         // an older major: built for an SPI since broken
    }

    @ParameterizedTest(name = "Plugin-Requires: {0}")
    @MethodSource("requirementsTheGatewayCannotMeet")
    void aPluginRequiringAnSpiTheGatewayDoesNotProvideStopsStartUp(String requires) {
        PluginFolder.withBuiltins(plugins);
        BrokenPluginJarTest.acme().requires(requires).writeTo(plugins, "acme-for-another-spi.jar");

        assertThatThrownBy(() -> BrokenPluginJarTest.startOn(plugins))
                .hasMessageContaining("plugin jar acme-for-another-spi.jar (acme)")
                .hasMessageContaining("requires SPI " + requires)
                .hasMessageContaining("this gateway provides SPI " + SpiVersion.CURRENT);
    }

    @Test
    void aRequirementThatIsNoVersionExpressionStopsStartUpNamingTheJar() {
        PluginFolder.withBuiltins(plugins);
        BrokenPluginJarTest.acme().requires("the latest one").writeTo(plugins, "acme-vague.jar");

        assertThatThrownBy(() -> BrokenPluginJarTest.startOn(plugins))
                .hasMessageContaining("plugin jar acme-vague.jar (acme)")
                .hasMessageContaining("invalid Plugin-Requires 'the latest one'");
    }

    @Test
    void pluginsRequiringTheCurrentSpiAnOlderMinorOrNothingAreLoadedAndRun() {
        PluginFolder.withBuiltins(plugins);
        acme("acme-current").requires("^" + SpiVersion.CURRENT).writeTo(plugins);
        acme("acme-older").requires(">=" + parts(SpiVersion.CURRENT)[0] + ".0.0").writeTo(plugins);
        acme("acme-undeclared").writeTo(plugins);

        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.h2()).plugins(plugins).start()) {
            for (String id : List.of("acme-current", "acme-older", "acme-undeclared")) {
                assertThat(CustomDetectorPluginTest.pluginNamed(gateway.get("/v1/plugins", gateway.bootstrapKey())
                        .json(), id).get("state").asText()).as(id).isEqualTo("STARTED");
            }
            HttpResult answer = gateway.post("/v1/scan", gateway.bootstrapKey(),
                    SampleCalls.postToUnknownHost(Map.of("note", "token " + TOKEN)));
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            assertThat(answer.json().get("findings").toString()).contains("ACME_TOKEN");
        }
    }

    @Test
    void everyPluginOfThisRepositoryDeclaresARequirementTheGatewayMeets() {
        List<Path> jars = Stream.concat(PluginFolder.builtinJars().stream(),
                Stream.of(ExamplePluginTest.exampleJar())).toList();

        assertThat(jars).hasSizeGreaterThanOrEqualTo(5);
        for (Path jar : jars) {
            String requires = requiresOf(jar);
            assertThat(requires).as(jar.getFileName() + " declares Plugin-Requires").isNotBlank();
            assertThat(new DefaultVersionManager().checkVersionConstraint(SpiVersion.CURRENT, requires))
                    .as(jar.getFileName() + " requires " + requires).isTrue();
        }
    }

    private static PluginJarBuilder acme(String pluginId) {
        return PluginJarBuilder.plugin(pluginId)
                .source(TestPluginSources.ACME_DETECTOR, TestPluginSources.acmeTokenDetector());
    }

    private static String requiresOf(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes().getValue("Plugin-Requires");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] parts(String version) {
        return Stream.of(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }
}
