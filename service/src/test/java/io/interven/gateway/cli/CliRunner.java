package io.interven.gateway.cli;

import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import io.interven.gateway.GatewayApplication;
import io.interven.gateway.config.GatewayConfiguration;
import io.interven.gateway.testing.StandardOutput;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Runs the gateway's command line in-process, as {@code java -jar interven.jar ...} would, but through Dropwizard's
 * {@link Cli} directly: a failing command is answered here instead of ending the JVM with System.exit.
 */
final class CliRunner {
    /** What one command did: its failure (empty on success), what it printed, and what Dropwizard's CLI printed. */
    record CliRun(Optional<Throwable> failure, String printed, String cliOut, String cliErr) {
        CliRun succeeded() {
            if (failure.isPresent()) {
                throw new AssertionError("command failed: " + cliErr, failure.get());
            }
            return this;
        }
    }

    private CliRunner() {
    }

    static CliRun run(String... arguments) {
        GatewayApplication application = new GatewayApplication();
        Bootstrap<GatewayConfiguration> bootstrap = new Bootstrap<>(application);
        application.initialize(bootstrap);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new JarLocation(GatewayApplication.class), bootstrap, out, err);
        @SuppressWarnings("unchecked")
        Optional<Throwable>[] failure = new Optional[1];
        String printed;
        try {
            printed = StandardOutput.capture(() -> failure[0] = cli.run(arguments));
        } catch (Exception e) {
            throw new IllegalStateException("the CLI itself threw", e);
        }
        return new CliRun(failure[0], printed, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }
}
