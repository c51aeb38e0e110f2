package io.interven.gateway.wiring;

import io.interven.gateway.a2a.DelegationChains;
import io.interven.gateway.a2a.HopSweeper;
import io.interven.gateway.config.A2aConfiguration;
import io.interven.gateway.core.CredentialPair;
import io.interven.gateway.core.DetectorRunner;
import io.interven.gateway.core.ResponseClassifier;
import io.interven.gateway.core.RiskScorer;
import io.interven.gateway.core.Sanitizer;
import io.interven.gateway.core.ScanMeters;
import io.interven.gateway.core.ScanPipeline;
import io.interven.gateway.core.ScanStage;
import io.interven.gateway.core.SignalRunner;
import io.interven.gateway.core.ToolIdentifier;
import io.interven.gateway.history.AgentHistories;
import io.interven.gateway.plugin.LoadedPlugins;
import io.interven.gateway.resources.A2aScanResource;
import io.interven.gateway.resources.AgentResolver;
import io.interven.gateway.resources.DecisionHeadersFilter;
import io.interven.gateway.resources.FirstUseNames;
import io.interven.gateway.resources.FoundValueCheck;
import io.interven.gateway.resources.ResponseScanResource;
import io.interven.gateway.resources.ScanResource;
import io.interven.gateway.scan.ResponseReports;
import io.interven.gateway.scan.ScanService;
import io.interven.gateway.tenancy.EphemeralKeyUses;
import io.interven.spi.FieldLocation;
import io.interven.spi.ScanField;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Scanning: the decision pipeline over the loaded plugins and the tenant policies, the scan service around it
 * (approval step, trace, agent history), and the endpoints that scan: {@code /v1/scan}, {@code /v1/a2a/scan} and
 * {@code /v1/scan/response}; a decision is answered in headers too ({@link DecisionHeadersFilter}). The agents'
 * recorded history ({@link AgentHistories}) feeds the signals and is fed by every decided scan and every response to
 * a READ call.
 */
public record ScanArea(ScanService scans, AgentResolver agents, ResponseReports reports, ScanResource endpoint) {

    public static ScanArea wire(Foundation base, PluginsArea plugins, TenancyArea tenancy, PoliciesArea policies,
                                ApprovalsArea approvals, TracesArea traces) {
        LoadedPlugins loaded = plugins.loaded();
        AgentHistories history = new AgentHistories(base.jdbi(), base.config().history, base.clock());
        history.managed().forEach(base.environment().lifecycle()::manage);
        ScanMeters meters = base.metrics().scans();
        DetectorRunner detectors = new DetectorRunner(loaded.detectors(), CredentialPair.BUILT_IN, meters);
        ScanPipeline pipeline = new ScanPipeline(new ToolIdentifier(loaded.recognizers()), detectors,
                new SignalRunner(loaded.signals(), history.source(), tenancy.ownPrincipals()::signalSettingsOf),
                new RiskScorer(base.config().risk), policies.engine(),
                policies.source(), new Sanitizer(),
                Duration.ofMillis(base.config().limits.scanBudget.toMilliseconds()), System::nanoTime, meters);
        ScanService scans = new ScanService(pipeline, approvals.approvals(), traces.records(), traces.writer(),
                new EphemeralKeyUses(base.jdbi()), System::currentTimeMillis, history.recorder(), meters);

        FoundValueCheck values = foundValues(detectors);
        AgentResolver agents = new AgentResolver(tenancy.directory(), tenancy.settings(), new FirstUseNames(values));
        ScanResource endpoint = new ScanResource(base.requests(), agents, tenancy.directory(), scans,
                traces.issued(), meters.stage(ScanStage.PARSE));
        base.register(endpoint);
        base.register(new A2aScanResource(base.requests(), agents, tenancy.directory(), delegationChains(base),
                scans, traces.issued(), values));
        base.register(new DecisionHeadersFilter());
        ResponseReports reports = new ResponseReports(new ResponseClassifier(detectors), traces.search(),
                traces.responseScans(), history.recorder(), history.maxValuesPerResponse());
        base.register(new ResponseScanResource(base.requests(), tenancy.directory(), traces.search(), traces.issued(),
                reports));
        return new ScanArea(scans, agents, reports, endpoint);
    }

    /** The delegation chains of agent-to-agent messages, and the sweep of hops past their retention. */
    static DelegationChains delegationChains(Foundation base) {
        A2aConfiguration config = base.config().a2a;
        DelegationChains chains = new DelegationChains(base.jdbi(), config.maxChainDepth,
                Duration.ofMillis(config.chainRetention.toMilliseconds()), base.clock());
        ScheduledExecutorService sweeps = base.environment().lifecycle()
                .scheduledExecutorService("a2a-hop-sweep").threads(1).build();
        long every = Math.max(1, config.sweepEvery.toSeconds());
        sweeps.scheduleWithFixedDelay(new HopSweeper(chains), every, every, TimeUnit.SECONDS);
        return chains;
    }

    /** Whether a detector finds a value in a short text a request names something with. */
    static FoundValueCheck foundValues(DetectorRunner detectors) {
        return new FoundValueCheck(text -> !detectors.detect(List.of(
                new ScanField("name", FieldLocation.BODY, "name", text))).isEmpty());
    }
}
