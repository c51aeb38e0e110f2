package io.interven.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A jar whose extension cannot be created (its constructor throws, or its index names a class that is not there)
 * must stop start-up naming the jar, even when the same jar holds a working extension beside it.
 */
class BrokenExtensionTest {
    static final String BUG_SWALLOWED = "BUG: PF4J 3.15 AbstractPluginManager.getExtensions(type, pluginId) "
            + "logs 'Cannot retrieve extension' and drops an extension whose constructor throws (and ExtensionFinder "
            + "drops a class named in extensions.idx that cannot be loaded), so PluginHost.collect "
            + "(PluginHost.java:80-95) never sees the failure: the catch there is dead code. Fix: compare "
            + "manager.getExtensionClassNames(pluginId) with the classes found, and create each extension via "
            + "manager.getExtensionFactory().create(cls) inside the try, throwing PluginLoadException naming the jar "
            + "and class.";

    @TempDir
    Path plugins;

    @Test
    void anExtensionThatCannotBeConstructedStopsStartUpNamingTheJar() {
        PluginFolder.withBuiltins(plugins);
        unconstructible().writeTo(plugins, "unconstructible.jar");

        assertThatThrownBy(() -> BrokenPluginJarTest.startOn(plugins)).hasMessageContaining("unconstructible.jar");
    }

    @Test
    void theStartUpMessageSaysTheExtensionCouldNotBeCreated() {
        PluginFolder.withBuiltins(plugins);
        unconstructible().writeTo(plugins, "unconstructible.jar");

        assertThatThrownBy(() -> BrokenPluginJarTest.startOn(plugins))
                .hasMessageContaining("unconstructible.jar")
                .hasMessageContaining("could not be created");
    }

    @Test
    void anUnconstructibleDetectorBesideAWorkingOneStillStopsStartUp() {
        PluginFolder.withBuiltins(plugins);
        unconstructible().source(TestPluginSources.ACME_DETECTOR, TestPluginSources.acmeTokenDetector())
                .writeTo(plugins, "half-broken.jar");

        assertThatThrownBy(() -> BrokenPluginJarTest.startOn(plugins)).hasMessageContaining("half-broken.jar");
    }

    @Test
    void anIndexedClassMissingBesideAWorkingOneStillStopsStartUp() {
        PluginFolder.withBuiltins(plugins);
        BrokenPluginJarTest.acme()
                .extensionIndex(TestPluginSources.ACME_DETECTOR, "com.acme.interven.RemovedDetector")
                .writeTo(plugins, "stale-index.jar");

        assertThatThrownBy(() -> BrokenPluginJarTest.startOn(plugins)).hasMessageContaining("stale-index.jar");
    }

    private static PluginJarBuilder unconstructible() {
        return PluginJarBuilder.plugin("unconstructible")
                .source(TestPluginSources.UNCONSTRUCTIBLE_DETECTOR, TestPluginSources.unconstructibleDetector());
    }
}
