package io.interven.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.api.ScanRequest;
import io.interven.gateway.api.ScanRequestParser;
import io.interven.gateway.cli.EvaluateCommand;
import io.interven.gateway.config.GatewayConfiguration;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.core.DetectorRunner;
import io.interven.gateway.core.ScanOutcome;
import io.interven.gateway.core.ScanPipeline;
import io.interven.gateway.plugin.LoadedPlugins;
import io.interven.gateway.plugin.PluginHost;
import io.interven.spi.AgentRef;
import java.io.IOException;
import java.util.UUID;

/** The built-in plugins from {@code -Dinterven.plugins.dir} (default {@code plugins}), loaded as the server does. */
final class LoadedPipeline {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID TENANT = UUID.randomUUID();
    private static final AgentRef AGENT = new AgentRef(UUID.randomUUID().toString(), "bench", "custom");

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

    /** One whole scan of a {@code POST /v1/scan} request body, as the server runs it minus HTTP and the database. */
    ScanOutcome scanRequest(byte[] request) throws IOException {
        ScanRequest parsed = ScanRequestParser.parse(JSON.readTree(request));
        return pipeline.scan(new CallInput(TENANT, "production", "salt", parsed.method(), parsed.url(),
                parsed.headers(), parsed.body(), parsed.bodyBytes(), AGENT));
    }
}
