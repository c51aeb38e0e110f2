package io.interven.gateway.plugin;

import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One gateway per test class, started over H2 with a plugins folder holding the built-in jars plus whatever the
 * test class adds. Register with {@code @RegisterExtension static final GatewayWithPlugins gateway = ...}.
 */
final class GatewayWithPlugins implements BeforeAllCallback, AfterAllCallback {
    private final Consumer<Path> addPlugins;
    private GatewayHarness gateway;

    private GatewayWithPlugins(Consumer<Path> addPlugins) {
        this.addPlugins = addPlugins;
    }

    /** The built-ins plus the jar {@code plugin} builds, named {@code jarName}. */
    static GatewayWithPlugins plus(PluginJarBuilder plugin, String jarName) {
        return new GatewayWithPlugins(dir -> plugin.writeTo(dir, jarName));
    }

    /** The built-ins plus whatever {@code addPlugins} puts into the folder. */
    static GatewayWithPlugins plus(Consumer<Path> addPlugins) {
        return new GatewayWithPlugins(addPlugins);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        try {
            Path dir = Files.createTempDirectory("plugins-" + context.getRequiredTestClass().getSimpleName());
            PluginFolder.withBuiltins(dir);
            addPlugins.accept(dir);
            gateway = GatewayHarness.on(TestDatabase.h2()).plugins(dir).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (gateway != null) {
            gateway.close();
        }
    }

    GatewayHarness harness() {
        return gateway;
    }

    /** POST /v1/scan with the bootstrap key. */
    HttpResult scan(Object request) {
        return gateway.post("/v1/scan", gateway.bootstrapKey(), request);
    }

    /** GET {@code path} with the bootstrap key. */
    HttpResult get(String path) {
        return gateway.get(path, gateway.bootstrapKey());
    }
}
