package io.interven.gateway.testing;

import io.interven.gateway.cli.EvaluateCommand;
import io.interven.gateway.config.GatewayConfiguration;
import io.interven.gateway.core.DetectorRunner;
import io.interven.gateway.core.RiskScorer;
import io.interven.gateway.core.Sanitizer;
import io.interven.gateway.core.ScanPipeline;
import io.interven.gateway.core.SignalRunner;
import io.interven.gateway.core.ToolIdentifier;
import io.interven.gateway.plugin.LoadedPlugins;
import io.interven.gateway.plugin.PluginHost;
import io.interven.gateway.policy.BuiltinDefaultPolicy;
import io.interven.gateway.policy.PolicyEngine;
import io.interven.gateway.policy.PolicySource;
import java.util.List;

/** The real scan pipeline with the built-in plugin jars, in process (no server, no database), once per JVM. */
public final class BuiltinPipeline {
    private static ScanPipeline pipeline;
    private static ScanPipeline withoutSignals;
    private static LoadedPlugins plugins;

    private BuiltinPipeline() {
    }

    public static synchronized ScanPipeline get() {
        if (pipeline == null) {
            pipeline = EvaluateCommand.pipelineOf(plugins(), new GatewayConfiguration());
        }
        return pipeline;
    }

    /**
     * The same detectors and default policy without risk signals, so that every data finding leads to SANITIZE
     * (a signal such as CREDENTIAL_HOST_MISMATCH would otherwise DENY): for tests of what sanitizing leaves.
     */
    public static synchronized ScanPipeline withoutSignals() {
        if (withoutSignals == null) {
            LoadedPlugins loaded = plugins();
            withoutSignals = new ScanPipeline(new ToolIdentifier(loaded.recognizers()),
                    new DetectorRunner(loaded.detectors()), new SignalRunner(List.of()),
                    new RiskScorer(new GatewayConfiguration().risk), new PolicyEngine(BuiltinDefaultPolicy.create()),
                    PolicySource.NONE, new Sanitizer());
        }
        return withoutSignals;
    }

    /** The built-in plugins with {@code engine} deciding (the built-in default policy only, no tenant policy). */
    public static ScanPipeline decidingWith(PolicyEngine engine) {
        LoadedPlugins loaded = plugins();
        GatewayConfiguration config = new GatewayConfiguration();
        return new ScanPipeline(new ToolIdentifier(loaded.recognizers()), new DetectorRunner(loaded.detectors()),
                new SignalRunner(loaded.signals()), new RiskScorer(config.risk), engine, PolicySource.NONE,
                new Sanitizer());
    }

    private static synchronized LoadedPlugins plugins() {
        if (plugins == null) {
            GatewayConfiguration config = new GatewayConfiguration();
            config.plugins.directory = GatewayHarness.builtinPluginsDir().toString();
            PluginHost host = new PluginHost(config.plugins);
            plugins = host.load();
            AtExit.closeGateway(host::stop);
        }
        return plugins;
    }
}
