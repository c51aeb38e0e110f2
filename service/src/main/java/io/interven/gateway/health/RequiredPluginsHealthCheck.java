package io.interven.gateway.health;

import com.codahale.metrics.health.HealthCheck;
import io.interven.gateway.plugin.LoadedPlugins;
import java.util.List;
import java.util.Set;

/** Unhealthy while a required plugin (by default the four built-in ones) is not started. */
public class RequiredPluginsHealthCheck extends HealthCheck {
    private final List<String> required;
    private final LoadedPlugins plugins;

    public RequiredPluginsHealthCheck(List<String> required, LoadedPlugins plugins) {
        this.required = List.copyOf(required);
        this.plugins = plugins;
    }

    @Override
    protected Result check() {
        Set<String> started = plugins.startedPluginIds();
        List<String> missing = required.stream().filter(id -> !started.contains(id)).toList();
        if (!missing.isEmpty()) {
            return Result.unhealthy("required plugins not started: " + String.join(", ", missing));
        }
        return Result.healthy("plugins started: " + String.join(", ", started.stream().sorted().toList()));
    }
}
