package io.interven.spi;

import java.util.Set;

/**
 * An extension ({@link Detector}, {@link ToolRecognizer} or {@link RiskSignal}) that reads settings. The gateway
 * calls {@link #configure} once at start, after creating the extension and before the first call reaches it, with
 * the plugin's settings: {@code plugins.config.<plugin-id>} of config.yml, empty when there are none. Every
 * configurable extension of a plugin receives the same settings.
 */
public interface Configurable {

    /**
     * Reads and checks the settings. Throw {@link InvalidPluginSettings} (the typed getters of {@link PluginSettings}
     * do, and {@link PluginSettings#invalid} builds one for your own checks) to stop start-up with a clear message;
     * any other exception stops it too, naming only the exception's class.
     */
    void configure(PluginSettings settings);

    /**
     * The top-level keys of the plugin's settings this extension reads (a key, or the name of its section). When
     * every configurable extension of a plugin names its keys, the gateway refuses at start any other top-level key
     * of {@code plugins.config.<plugin-id>}, so a misspelt or renamed section stops start-up instead of being
     * ignored. Empty (the default) says nothing, and then no key is refused for being unknown.
     *
     * @since 1.1.0
     */
    default Set<String> settingKeys() {
        return Set.of();
    }
}
