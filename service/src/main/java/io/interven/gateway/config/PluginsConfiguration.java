package io.interven.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/** Where plugins are found and which of them run. */
public class PluginsConfiguration {
    /** The folder scanned for plugin jars at start-up. */
    @NotEmpty
    @JsonProperty
    public String directory = "plugins";

    /** When not empty, only these plugin ids are started. */
    @NotNull
    @JsonProperty
    public List<String> enabled = List.of();

    /** These plugin ids are never started. */
    @NotNull
    @JsonProperty
    public List<String> disabled = List.of();

    /** The health check fails while any of these plugin ids is not started. */
    @NotNull
    @JsonProperty
    public List<String> required = List.of("secrets", "pii", "tools", "signals");

    /**
     * Settings per plugin id, handed to the plugin's {@code Configurable} extensions at start. An id that no jar
     * in the folder has, or settings for a plugin that reads none, stop start-up (usually a typo).
     */
    @NotNull
    @JsonProperty
    public Map<String, Map<String, Object>> config = Map.of();
}
