package io.interven.gateway.plugin;

/** A plugin jar that cannot be used. Start-up stops with this message, which names the jar. */
public class PluginLoadException extends RuntimeException {
    public PluginLoadException(String message) {
        super(message);
    }

    public PluginLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
