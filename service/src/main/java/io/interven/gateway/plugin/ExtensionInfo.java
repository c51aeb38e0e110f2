package io.interven.gateway.plugin;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One extension a plugin provides: the extension point, its id, and the implementing class. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExtensionInfo(String extensionPoint, String id, String className) {
}
