package io.interven.gateway.plugin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Checks a jar before PF4J sees it, so that a bad jar stops start-up with its name instead of being skipped
 * with a log line: it must be a readable jar, have a {@code Plugin-Id} in its manifest, and must not bundle the
 * SPI (a bundled SPI is loaded twice and its extensions silently never match).
 */
final class PluginJarInspector {
    static final String SPI_PACKAGE_PATH = "io/interven/spi/";

    private PluginJarInspector() {
    }

    /** The main attributes of the jar's manifest, once the jar passed the checks. */
    static Attributes check(Path jar) {
        String name = jar.getFileName().toString();
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue("Plugin-Id") == null) {
                throw new PluginLoadException("plugin jar " + name + " has no Plugin-Id in META-INF/MANIFEST.MF");
            }
            boolean bundlesSpi = file.stream().anyMatch(entry -> entry.getName().startsWith(SPI_PACKAGE_PATH)
                    && entry.getName().endsWith(".class"));
            if (bundlesSpi) {
                throw new PluginLoadException("plugin jar " + name + " bundles the Interven SPI (" + SPI_PACKAGE_PATH
                        + "); declare detector-api with <scope>provided</scope>");
            }
            if (file.getEntry("META-INF/extensions.idx") == null
                    && file.stream().noneMatch(e -> e.getName().startsWith("META-INF/services/io.interven.spi."))) {
                throw new PluginLoadException("plugin jar " + name + " declares no extension "
                        + "(no META-INF/extensions.idx: annotate classes with @Extension and compile with pf4j)");
            }
            return manifest.getMainAttributes();
        } catch (IOException e) {
            throw new PluginLoadException("plugin jar " + name + " is not a readable jar: " + e.getMessage(), e);
        }
    }
}
