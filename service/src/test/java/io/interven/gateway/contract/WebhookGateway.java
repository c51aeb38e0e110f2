package io.interven.gateway.contract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Starts a gateway whose configuration lists approval webhooks. Dropwizard's config overrides can only set list
 * elements the YAML already has, so this writes a copy of {@code test-config.yml} with the list added.
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
        return GatewayHarness.on(TestDatabase.h2()).configFile(configWith(hooks))
                .override("approvals.webhookTimeout", webhookTimeout).start();
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
}
