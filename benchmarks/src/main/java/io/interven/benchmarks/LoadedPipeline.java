package io.interven.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.api.ScanRequest;
import io.interven.gateway.api.ScanRequestParser;
import io.interven.gateway.config.GatewayConfiguration;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.core.CredentialPair;
import io.interven.gateway.core.DetectorRunner;
import io.interven.gateway.core.RiskScorer;
import io.interven.gateway.core.Sanitizer;
import io.interven.gateway.core.ScanDeadline;
import io.interven.gateway.core.ScanMeters;
import io.interven.gateway.core.ScanOutcome;
import io.interven.gateway.core.ScanPipeline;
import io.interven.gateway.core.SignalRunner;
import io.interven.gateway.core.TenantSignalSettings;
import io.interven.gateway.core.ToolIdentifier;
import io.interven.gateway.plugin.LoadedPlugins;
import io.interven.gateway.plugin.PluginHost;
import io.interven.gateway.policy.BuiltinDefaultPolicy;
import io.interven.gateway.policy.PiiSensitivity;
import io.interven.gateway.policy.PolicyEngine;
import io.interven.gateway.policy.PolicySource;
import io.interven.spi.AgentRef;
import io.interven.spi.PluginSettings;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The built-in plugins from {@code -Dinterven.plugins.dir} (default {@code plugins}), loaded as the server does, in
 * the pipeline the server builds: every built-in signal on, reading a warmed agent history from memory
 * ({@link WarmHistory}) and the tenant's own principals (its e-mail domain, GitHub org and Slack workspace).
 */
final class LoadedPipeline implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID TENANT = UUID.randomUUID();
    private static final String TENANT_KEY = "bench-tenant-salt";
    private static final AgentRef AGENT = new AgentRef(UUID.randomUUID().toString(), "bench", "custom");
    private static final PluginSettings OWN_PRINCIPALS = PluginSettings.of(Map.of("own", Map.of(
            "email_domains", List.of("acme.example"), "github_orgs", List.of("acme"),
            "slack_workspaces", List.of("T000"))));

    final PluginHost host;
    final LoadedPlugins plugins;
    final ScanPipeline pipeline;
    final DetectorRunner detectors;
    private final WarmHistory history;

    LoadedPipeline() {
        this(ScanMeters.NONE);
    }

    /** @param meters what the pipeline's stages and detectors report their times to, as the server's metrics */
    LoadedPipeline(ScanMeters meters) {
        GatewayConfiguration config = new GatewayConfiguration();
        config.plugins.directory = System.getProperty("interven.plugins.dir", "plugins");
        host = new PluginHost(config.plugins);
        plugins = host.load();
        history = new WarmHistory(TENANT, TENANT_KEY, AGENT.agentId());
        TenantSignalSettings tenantSettings = tenantId -> OWN_PRINCIPALS;
        pipeline = new ScanPipeline(new ToolIdentifier(plugins.recognizers()),
                new DetectorRunner(plugins.detectors(), CredentialPair.BUILT_IN, meters),
                new SignalRunner(plugins.signals(), history.source(), tenantSettings), new RiskScorer(config.risk),
                new PolicyEngine(BuiltinDefaultPolicy.create(PiiSensitivity.sensitiveTypes(plugins.detectors()))),
                PolicySource.NONE, new Sanitizer(), ScanDeadline.UNBOUNDED, System::nanoTime, meters);
        detectors = new DetectorRunner(plugins.detectors());
    }

    /** One whole scan of a {@code POST /v1/scan} request body, as the server runs it minus HTTP and the database. */
    ScanOutcome scanRequest(byte[] request) throws IOException {
        return scan(parse(request));
    }

    /** A scan request's JSON read as the server reads it. */
    static ScanRequest parse(byte[] request) throws IOException {
        return ScanRequestParser.parse(JSON.readTree(request));
    }

    /** The pipeline over a parsed scan request. */
    ScanOutcome scan(ScanRequest parsed) {
        return pipeline.scan(new CallInput(TENANT, "production", TENANT_KEY, parsed.method(), parsed.url(),
                parsed.headers(), parsed.body(), parsed.bodyBytes(), AGENT, parsed.context()));
    }

    @Override
    public void close() throws Exception {
        history.close();
        host.stop();
    }
}
