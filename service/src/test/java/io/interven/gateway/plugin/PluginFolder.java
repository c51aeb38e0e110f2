package io.interven.gateway.plugin;

import io.interven.gateway.testing.GatewayHarness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A temporary plugins folder for one gateway, usually holding copies of the built-in jars. */
final class PluginFolder {
    private PluginFolder() {
    }

    /** Copies every built-in plugin jar (from {@link GatewayHarness#builtinPluginsDir()}) into {@code dir}. */
    static Path withBuiltins(Path dir) {
        for (Path jar : builtinJars()) {
            copyInto(dir, jar);
        }
        return dir;
    }

    static List<Path> builtinJars() {
        try (Stream<Path> files = Files.list(GatewayHarness.builtinPluginsDir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copyInto(Path dir, Path jar) {
        try {
            return Files.copy(jar, dir.resolve(jar.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
