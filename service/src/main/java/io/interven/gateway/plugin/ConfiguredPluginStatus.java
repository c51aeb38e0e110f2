package io.interven.gateway.plugin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pf4j.PluginStatusProvider;

/** Which plugins may start, from config.yml's {@code plugins.enabled} and {@code plugins.disabled} lists. */
class ConfiguredPluginStatus implements PluginStatusProvider {
    private final Set<String> enabled;
    private final Set<String> disabled;

    ConfiguredPluginStatus(List<String> enabled, List<String> disabled) {
        this.enabled = new HashSet<>(enabled);
        this.disabled = new HashSet<>(disabled);
    }

    @Override
    public synchronized boolean isPluginDisabled(String pluginId) {
        return disabled.contains(pluginId) || (!enabled.isEmpty() && !enabled.contains(pluginId));
    }

    @Override
    public synchronized void disablePlugin(String pluginId) {
        disabled.add(pluginId);
    }

    @Override
    public synchronized void enablePlugin(String pluginId) {
        disabled.remove(pluginId);
        if (!this.enabled.isEmpty()) {
            this.enabled.add(pluginId);
        }
    }
}
