package io.interven.gateway.testing;

import io.interven.gateway.GatewayConfiguration;
import io.interven.gateway.cli.EvaluateCommand;
import io.interven.gateway.core.ScanPipeline;
import io.interven.gateway.plugin.LoadedPlugins;
import io.interven.gateway.plugin.PluginHost;

/** The real scan pipeline with the built-in plugin jars, in process (no server, no database), once per JVM. */
public final class BuiltinPipeline {
    private static ScanPipeline pipeline;

    private BuiltinPipeline() {
    }

    public static synchronized ScanPipeline get() {
        if (pipeline == null) {
            GatewayConfiguration config = new GatewayConfiguration();
            config.plugins.directory = GatewayHarness.builtinPluginsDir().toString();
            PluginHost host = new PluginHost(config.plugins);
            LoadedPlugins plugins = host.load();
            Runtime.getRuntime().addShutdownHook(new Thread(host::stop));
            pipeline = EvaluateCommand.pipelineOf(plugins, config);
        }
        return pipeline;
    }
}
