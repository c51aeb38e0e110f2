package io.interven.benchmarks;

import io.interven.gateway.GatewayConfiguration;
import io.interven.gateway.cli.EvaluateCommand;
import io.interven.gateway.core.DetectorRunner;
import io.interven.gateway.core.ScanPipeline;
import io.interven.gateway.plugin.LoadedPlugins;
import io.interven.gateway.plugin.PluginHost;

/** The built-in plugins from {@code -Dinterven.plugins.dir} (default {@code plugins}), loaded as the server does. */
final class LoadedPipeline {
    final PluginHost host;
    final LoadedPlugins plugins;
    final ScanPipeline pipeline;
    final DetectorRunner detectors;

    LoadedPipeline() {
        GatewayConfiguration config = new GatewayConfiguration();
        config.plugins.directory = System.getProperty("interven.plugins.dir", "plugins");
        host = new PluginHost(config.plugins);
        plugins = host.load();
        pipeline = EvaluateCommand.pipelineOf(plugins, config);
        detectors = new DetectorRunner(plugins.detectors());
    }
}
