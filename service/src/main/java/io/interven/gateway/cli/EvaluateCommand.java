package io.interven.gateway.cli;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.interven.gateway.config.GatewayConfiguration;
import io.interven.gateway.core.DetectorRunner;
import io.interven.gateway.core.RiskScorer;
import io.interven.gateway.core.Sanitizer;
import io.interven.gateway.core.ScanPipeline;
import io.interven.gateway.core.SignalRunner;
import io.interven.gateway.core.ToolIdentifier;
import io.interven.gateway.evaluation.CorpusEvaluator;
import io.interven.gateway.evaluation.CorpusReader;
import io.interven.gateway.evaluation.EvaluationReport;
import io.interven.gateway.plugin.LoadedPlugins;
import io.interven.gateway.plugin.PluginHost;
import io.interven.gateway.policy.BuiltinDefaultPolicy;
import io.interven.gateway.policy.PiiSensitivity;
import io.interven.gateway.policy.PolicyEngine;
import io.interven.gateway.policy.PolicySource;
import java.nio.file.Path;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code evaluate --corpus corpus/dev.jsonl config.yml}: runs a labelled corpus through the scan
 * pipeline with the configured plugins and prints precision and recall per class and per entity type, tool
 * accuracy, and leaks. Touches no database.
 */
public class EvaluateCommand extends ConfiguredCommand<GatewayConfiguration> {
    public EvaluateCommand() {
        super("evaluate", "Measures detection on a labelled corpus (corpus/ format)");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("--corpus").required(true).help("a .jsonl corpus, or the Presidio synthetic .json");
        super.configure(subparser);
    }

    @Override
    protected void run(Bootstrap<GatewayConfiguration> bootstrap, Namespace namespace, GatewayConfiguration config)
            throws Exception {
        PluginHost host = new PluginHost(config.plugins);
        LoadedPlugins plugins = host.load();
        try {
            EvaluationReport report = new CorpusEvaluator(pipelineOf(plugins, config))
                    .evaluate(new CorpusReader().read(Path.of(namespace.getString("corpus"))));
            System.out.print(report.format());
        } finally {
            host.stop();
        }
    }

    /** The scan pipeline as the server builds it, with the built-in default policy only. */
    public static ScanPipeline pipelineOf(LoadedPlugins plugins, GatewayConfiguration config) {
        return new ScanPipeline(new ToolIdentifier(plugins.recognizers()), new DetectorRunner(plugins.detectors()),
                new SignalRunner(plugins.signals()), new RiskScorer(config.risk),
                new PolicyEngine(BuiltinDefaultPolicy.create(PiiSensitivity.sensitiveTypes(plugins.detectors()))),
                PolicySource.NONE, new Sanitizer());
    }
}
