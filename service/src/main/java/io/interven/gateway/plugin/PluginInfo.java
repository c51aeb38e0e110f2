package io.interven.gateway.plugin;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** A plugin as {@code GET /v1/plugins} and the start-up log show it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PluginInfo(String pluginId, String version, String provider, String description, String jar,
                         String state, List<ExtensionInfo> extensions) {
    public PluginInfo {
        extensions = List.copyOf(extensions);
    }
}
