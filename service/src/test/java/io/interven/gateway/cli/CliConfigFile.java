package io.interven.gateway.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.testing.ResourceHelpers;
import io.interven.gateway.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** test-config.yml, written to a temporary file with its database pointing at a test database. */
final class CliConfigFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private CliConfigFile() {
    }

    static Path write(Path dir, TestDatabase database) {
        try {
            ObjectNode config = (ObjectNode) YAML.readTree(Path.of(ResourceHelpers.resourceFilePath("test-config.yml"))
                    .toFile());
            ObjectNode db = (ObjectNode) config.get("database");
            db.put("driverClass", database.driverClass());
            db.put("url", database.url());
            db.put("user", database.user());
            db.put("password", database.password());
            ((ObjectNode) config.get("logging").get("appenders").get(0))
                    .put("currentLogFilename", dir.resolve("cli.log").toString());
            Path file = dir.resolve("config.yml");
            YAML.writeValue(file.toFile(), config);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
