package io.interven.gateway.contract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Starts a gateway whose configuration lists approval webhooks. Dropwizard's config overrides can only set list
 * elements the YAML already has ({@code approvals.webhooks[0].url} fails with "node with index not found" since
 * {@code test-config.yml} has no webhooks), so this writes a copy of {@code test-config.yml} with the list added and
 * hands it to {@link GatewayHarness} as {@code test-config.yml}: the harness resolves that name through the thread's
 * context class loader while it is built.
 */
final class WebhookGateway {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String CONFIG = "test-config.yml";

    private WebhookGateway() {
    }

    /**
     * A started gateway on a fresh H2 database that notifies {@code hooks}, each {@code {url, format}}, and gives up
     * on a delivery after {@code webhookTimeout} (a Dropwizard duration such as "5 seconds").
     */
    static GatewayHarness start(String[][] hooks, String webhookTimeout) {
        Path config = configWith(hooks);
        GatewayHarness.Builder builder = GatewayHarness.on(TestDatabase.h2())
                .override("approvals.webhookTimeout", webhookTimeout);
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        thread.setContextClassLoader(new ClassLoader(original) {
            @Override
            public URL getResource(String name) {
                return CONFIG.equals(name) ? urlOf(config) : super.getResource(name);
            }
        });
        GatewayHarness gateway;
        try {
            gateway = builder.build();
        } finally {
            thread.setContextClassLoader(original);
        }
        gateway.start();
        return gateway;
    }

    private static Path configWith(String[][] hooks) {
        try {
            ObjectNode config = (ObjectNode) YAML.readTree(WebhookGateway.class.getResource("/" + CONFIG));
            ObjectNode approvals = config.has("approvals") ? (ObjectNode) config.get("approvals")
                    : config.putObject("approvals");
            ArrayNode webhooks = approvals.putArray("webhooks");
            for (String[] hook : hooks) {
                webhooks.addObject().put("url", hook[0]).put("format", hook[1]);
            }
            Path file = Path.of("target", "test-configs", "webhooks-" + UUID.randomUUID() + ".yml").toAbsolutePath();
            Files.createDirectories(file.getParent());
            YAML.writeValue(file.toFile(), config);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a gateway configuration with webhooks", e);
        }
    }

    private static URL urlOf(Path file) {
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
