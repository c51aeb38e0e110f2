package io.interven.spi;

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
}
