package io.interven.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.TestDatabase;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A jar in plugins/ that cannot be used stops start-up, and the message names the jar. */
class BrokenPluginJarTest {

    static Stream<Arguments> brokenJars() {
        return Stream.of(
                broken("bundling the SPI", dir -> acme().bundlingTheSpi().writeTo(dir, "bundles-spi.jar"),
                        "bundles the Interven SPI"),
                broken("without META-INF/extensions.idx", dir -> acme().withoutExtensionIndex()
                        .writeTo(dir, "no-index.jar"), "declares no extension"),
                broken("with an empty extension index", dir -> acme().extensionIndex().writeTo(dir, "empty-index.jar"),
                        "provides no Detector, ToolRecognizer or RiskSignal"),
                broken("whose index names a missing class", dir -> acme().extensionIndex("com.acme.interven.Missing")
                        .writeTo(dir, "missing-class.jar"), "could not be loaded"),
                broken("that is not a zip", dir -> PluginJarBuilder.garbage(dir, "garbage.jar"), "not a readable jar"),
                broken("without Plugin-Id", dir -> acme().withoutPluginId().writeTo(dir, "no-plugin-id.jar"),
                        "has no Plugin-Id"),
                broken("reusing a built-in plugin id", dir -> PluginJarBuilder.plugin("pii")
                        .source(TestPluginSources.ACME_DETECTOR, TestPluginSources.acmeTokenDetector())
                        .writeTo(dir, "zz-second-pii.jar"), "could not be loaded"));
    }

    @ParameterizedTest(name = "a jar {0}")
    @MethodSource("brokenJars")
    void stopsStartUpNamingTheJar(Function<Path, Path> writeJar, String expectedProblem, @TempDir Path plugins) {
        PluginFolder.withBuiltins(plugins);
        Path jar = writeJar.apply(plugins);

        assertThatThrownBy(() -> startOn(plugins))
                .hasMessageContaining(jar.getFileName().toString())
                .hasMessageContaining(expectedProblem);
    }

    @Test
    void aPluginsFolderThatDoesNotExistStopsStartUpNamingIt(@TempDir Path parent) {
        Path missing = parent.resolve("no-such-plugins");

        assertThatThrownBy(() -> startOn(missing))
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    static void startOn(Path plugins) {
        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.h2()).plugins(plugins).build()) {
            gateway.start();
        }
    }

    static PluginJarBuilder acme() {
        return PluginJarBuilder.plugin("acme")
                .source(TestPluginSources.ACME_DETECTOR, TestPluginSources.acmeTokenDetector());
    }

    private static Arguments broken(String what, Function<Path, Path> writeJar, String expectedProblem) {
        return Arguments.of(Named.of(what, writeJar), expectedProblem);
    }
}
