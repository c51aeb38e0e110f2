package io.interven.gateway.plugin;

import io.interven.spi.Configurable;
import io.interven.spi.InvalidPluginSettings;
import io.interven.spi.PluginSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hands each plugin its settings ({@code plugins.config.<plugin-id>} of config.yml) once at start, before the first
 * scan: every extension that implements {@link Configurable} receives them. A refusal stops start-up in one line
 * naming the jar, the plugin id, the full key and the problem, and never a setting's value (it may be a credential).
 */
final class PluginConfigurator {
    static final String CONFIG_KEY = "plugins.config.";

    private final Map<String, Map<String, Object>> config;

    PluginConfigurator(Map<String, Map<String, Object>> config) {
        this.config = config == null ? Map.of() : config;
    }

    /** Refuses settings for a plugin id that no jar of the folder declares, usually a typo. */
    void checkEveryIdIsKnown(Set<String> pluginIds, Path directory) {
        for (String id : config.keySet()) {
            if (!pluginIds.contains(id)) {
                throw new PluginLoadException(CONFIG_KEY + id + " names no plugin: no jar in " + directory
                        + " has Plugin-Id " + id + " (found: " + String.join(", ", new TreeSet<>(pluginIds)) + ")");
            }
        }
    }

    /** Configures the started plugin {@code pluginId}, whose extensions are {@code extensions}. */
    void configure(String pluginId, String jar, List<Object> extensions) {
        Map<String, Object> values = config.get(pluginId);
        PluginSettings settings;
        try {
            settings = PluginSettings.of(values);
        } catch (IllegalArgumentException e) {
            throw new PluginLoadException("plugin jar " + jar + " (" + pluginId + "): " + CONFIG_KEY + pluginId
                    + ": " + e.getMessage());
        }
        List<Configurable> configurables = extensions.stream().filter(Configurable.class::isInstance)
                .map(Configurable.class::cast).toList();
        if (!settings.isEmpty() && configurables.isEmpty()) {
            throw new PluginLoadException("plugin jar " + jar + " (" + pluginId + ") reads no settings, but "
                    + CONFIG_KEY + pluginId + " sets " + settings.keys() + ": remove them (no extension of the "
                    + "plugin implements Configurable)");
        }
        refuseUnreadKeys(pluginId, jar, configurables, settings);
        for (Configurable extension : configurables) {
            configureOne(pluginId, jar, extension, settings);
        }
    }

    /** When every configurable extension names the keys it reads, a key none of them reads is refused. */
    private static void refuseUnreadKeys(String pluginId, String jar, List<Configurable> configurables,
                                         PluginSettings settings) {
        Set<String> read = new TreeSet<>();
        for (Configurable extension : configurables) {
            Set<String> keys = extension.settingKeys();
            if (keys == null || keys.isEmpty()) {
                return;
            }
            read.addAll(keys);
        }
        for (String key : settings.keys()) {
            if (!read.contains(key)) {
                throw new PluginLoadException("plugin jar " + jar + " (" + pluginId + "): invalid setting "
                        + CONFIG_KEY + pluginId + "." + key + ": no extension of the plugin reads it (known: "
                        + String.join(", ", read) + ")");
            }
        }
    }

    private static void configureOne(String pluginId, String jar, Configurable extension, PluginSettings settings) {
        Thread thread = Thread.currentThread();
        ClassLoader host = thread.getContextClassLoader();
        thread.setContextClassLoader(extension.getClass().getClassLoader());
        try {
            extension.configure(settings);
        } catch (InvalidPluginSettings e) {
            throw new PluginLoadException("plugin jar " + jar + " (" + pluginId + "): invalid setting " + CONFIG_KEY
                    + pluginId + "." + e.key() + ": " + e.problem());
        } catch (RuntimeException | LinkageError e) {
            throw new PluginLoadException("plugin jar " + jar + " (" + pluginId + "): " + extension.getClass()
                    .getName() + " failed to read its settings with " + e.getClass().getName()
                    + " (a plugin reports a bad setting with InvalidPluginSettings)");
        } finally {
            thread.setContextClassLoader(host);
        }
    }
}
