package io.interven.gateway.wiring;

import io.interven.gateway.health.RequiredPluginsHealthCheck;
import io.interven.gateway.plugin.LoadedPlugins;
import io.interven.gateway.plugin.PluginHost;
import io.interven.gateway.resources.PluginResource;

/** The plugin jars of the plugins folder: loaded at start, stopped at shutdown, listed, and health-checked. */
public record PluginsArea(LoadedPlugins loaded) {

    public static PluginsArea wire(Foundation base) {
        PluginHost host = new PluginHost(base.config().plugins);
        LoadedPlugins loaded = host.load();
        base.environment().lifecycle().manage(host);
        base.environment().healthChecks().register("plugins",
                new RequiredPluginsHealthCheck(base.config().plugins.required, loaded));
        base.register(new PluginResource(loaded));
        return new PluginsArea(loaded);
    }
}
