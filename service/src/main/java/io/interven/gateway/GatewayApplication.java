package io.interven.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.interven.gateway.approval.ApprovalSearch;
import io.interven.gateway.approval.ApprovalService;
import io.interven.gateway.approval.WebhookNotifier;
import io.interven.gateway.auth.ApiKeyAuthenticator;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.JsonUnauthorizedHandler;
import io.interven.gateway.auth.RoleAuthorizer;
import io.interven.gateway.cli.CreateAgentCommand;
import io.interven.gateway.cli.CreateKeyCommand;
import io.interven.gateway.cli.CreateTenantCommand;
import io.interven.gateway.cli.DbCommand;
import io.interven.gateway.cli.EvaluateCommand;
import io.interven.gateway.config.GatewayConfiguration;
import io.interven.gateway.core.DetectorRunner;
import io.interven.gateway.core.ResponseClassifier;
import io.interven.gateway.core.RiskScorer;
import io.interven.gateway.core.Sanitizer;
import io.interven.gateway.core.ScanPipeline;
import io.interven.gateway.core.SignalRunner;
import io.interven.gateway.core.ToolIdentifier;
import io.interven.gateway.db.JdbiSetup;
import io.interven.gateway.db.SchemaMigrator;
import io.interven.gateway.errors.ApiExceptionMapper;
import io.interven.gateway.errors.BadMessageExceptionMapper;
import io.interven.gateway.errors.JsonContextErrorHandler;
import io.interven.gateway.errors.JsonParseExceptionMapper;
import io.interven.gateway.errors.UnexpectedExceptionMapper;
import io.interven.gateway.errors.WebApplicationExceptionMapper;
import io.interven.gateway.health.RequiredPluginsHealthCheck;
import io.interven.gateway.logging.LogMasking;
import io.interven.gateway.plugin.LoadedPlugins;
import io.interven.gateway.plugin.PluginHost;
import io.interven.gateway.policy.BuiltinDefaultPolicy;
import io.interven.gateway.policy.PolicyEngine;
import io.interven.gateway.policy.PolicyService;
import io.interven.gateway.policy.PolicySimulator;
import io.interven.gateway.policy.PolicyStore;
import io.interven.gateway.policy.StoredPolicySource;
import io.interven.gateway.resources.AgentAdminResource;
import io.interven.gateway.resources.AgentResolver;
import io.interven.gateway.resources.ApprovalResource;
import io.interven.gateway.resources.IssuedTraces;
import io.interven.gateway.resources.KeyAdminResource;
import io.interven.gateway.resources.PluginResource;
import io.interven.gateway.resources.PolicyResource;
import io.interven.gateway.resources.RequestJson;
import io.interven.gateway.resources.ResponseScanResource;
import io.interven.gateway.resources.ScanResource;
import io.interven.gateway.resources.TenantAdminResource;
import io.interven.gateway.resources.TenantScope;
import io.interven.gateway.resources.TraceResource;
import io.interven.gateway.scan.ScanService;
import io.interven.gateway.server.RequestHeadDeadline;
import io.interven.gateway.server.ServerSetupListener;
import io.interven.gateway.tenancy.AuthenticationKeys;
import io.interven.gateway.tenancy.FirstStartBootstrap;
import io.interven.gateway.tenancy.KeyIssuer;
import io.interven.gateway.tenancy.TenantDirectory;
import io.interven.gateway.trace.RecordedCalls;
import io.interven.gateway.trace.ResponseScans;
import io.interven.gateway.trace.TraceRecordFactory;
import io.interven.gateway.trace.TraceSearch;
import io.interven.gateway.trace.TraceWriter;
import java.time.Clock;
import java.time.Duration;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.jdbi.v3.core.Jdbi;

/** The Interven gateway. {@link #run} only wires; each collaborator has one job. */
public class GatewayApplication extends Application<GatewayConfiguration> {
    /** Trace ids of recent scans kept in memory until their batch is stored (read-your-writes of trace_id). */
    private static final int ISSUED_TRACES_REMEMBERED = 32_768;

    public static void main(String[] args) throws Exception {
        new GatewayApplication().run(args);
    }

    @Override
    public String getName() {
        return "interven";
    }

    @Override
    public void initialize(Bootstrap<GatewayConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.addCommand(new DbCommand());
        bootstrap.addCommand(new CreateTenantCommand());
        bootstrap.addCommand(new CreateAgentCommand());
        bootstrap.addCommand(new CreateKeyCommand());
        bootstrap.addCommand(new EvaluateCommand());
    }

    @Override
    public void run(GatewayConfiguration config, Environment environment) {
        LogMasking.installOnEveryAppender();
        config.limits.applyEnvironment(System.getenv());
        ObjectMapper mapper = environment.getObjectMapper();

        Jdbi jdbi = JdbiSetup.forService(environment, config.database);
        new SchemaMigrator(jdbi).migrate();

        PluginHost pluginHost = new PluginHost(config.plugins);
        LoadedPlugins plugins = pluginHost.load();
        environment.lifecycle().manage(pluginHost);
        environment.healthChecks().register("plugins", new RequiredPluginsHealthCheck(config.plugins.required, plugins));

        TenantDirectory directory = new TenantDirectory(jdbi);
        KeyIssuer keys = new KeyIssuer(jdbi, directory);
        new FirstStartBootstrap(directory, keys, System.out).runIfEmpty(config.bootstrap);

        TraceWriter traceWriter = new TraceWriter(jdbi, config.traces.queueCapacity, config.traces.batchSize,
                config.traces.flushInterval.toMilliseconds());
        environment.lifecycle().manage(traceWriter);
        WebhookNotifier notifier = new WebhookNotifier(config.approvals.webhooks,
                Duration.ofMillis(config.approvals.webhookTimeout.toMilliseconds()), mapper);
        environment.lifecycle().manage(notifier);
        ApprovalService approvals = new ApprovalService(jdbi, Duration.ofMillis(config.approvals.ttl.toMilliseconds()),
                Clock.systemUTC(), notifier);
        PolicyEngine engine = new PolicyEngine(BuiltinDefaultPolicy.create());
        PolicyStore policyStore = new PolicyStore(jdbi, mapper);
        StoredPolicySource policySource = new StoredPolicySource(policyStore,
                config.policies.cacheTtl.toMilliseconds(), System::currentTimeMillis);
        PolicyService policies = new PolicyService(policyStore, policySource, engine.builtinDefault());
        DetectorRunner detectors = new DetectorRunner(plugins.detectors());
        ScanPipeline pipeline = new ScanPipeline(new ToolIdentifier(plugins.recognizers()),
                detectors, new SignalRunner(plugins.signals()),
                new RiskScorer(config.risk), engine, policySource, new Sanitizer(),
                Duration.ofMillis(config.limits.scanBudget.toMilliseconds()), System::nanoTime);
        ScanService scans = new ScanService(pipeline, approvals, new TraceRecordFactory(mapper), traceWriter);

        registerAuth(environment, jdbi);
        registerErrorMappers(config, environment);
        registerServerSetup(config, environment);

        RequestJson json = new RequestJson(mapper, config.limits.maxBodyBytes, config.limits.bodyPace());
        TenantScope scope = new TenantScope(directory);
        IssuedTraces issuedTraces = new IssuedTraces(ISSUED_TRACES_REMEMBERED);
        environment.jersey().register(new ScanResource(json, new AgentResolver(directory), directory, scans,
                issuedTraces));
        environment.jersey().register(new ResponseScanResource(json, new ResponseClassifier(detectors), directory,
                new TraceSearch(jdbi), new ResponseScans(jdbi), issuedTraces));
        environment.jersey().register(new TenantAdminResource(json, directory));
        environment.jersey().register(new AgentAdminResource(json, directory, scope));
        environment.jersey().register(new KeyAdminResource(json, keys, directory, scope));
        environment.jersey().register(new TraceResource(new TraceSearch(jdbi), mapper));
        environment.jersey().register(new ApprovalResource(approvals, new ApprovalSearch(jdbi), json, mapper));
        environment.jersey().register(new PluginResource(plugins));
        environment.jersey().register(new PolicyResource(json, policies, new PolicySimulator(engine),
                new RecordedCalls(jdbi, mapper)));
    }

    private static void registerAuth(Environment environment, Jdbi jdbi) {
        ApiKeyAuthenticator authenticator = new ApiKeyAuthenticator(new AuthenticationKeys(jdbi));
        environment.jersey().register(new AuthDynamicFeature(new OAuthCredentialAuthFilter.Builder<ApiKeyPrincipal>()
                .setAuthenticator(authenticator)
                .setAuthorizer(new RoleAuthorizer())
                .setPrefix("Bearer")
                .setRealm("interven")
                .setUnauthorizedHandler(new JsonUnauthorizedHandler())
                .buildAuthFilter()));
        environment.jersey().register(RolesAllowedDynamicFeature.class);
        environment.jersey().register(new AuthValueFactoryProvider.Binder<>(ApiKeyPrincipal.class));
    }

    /**
     * Errors Jetty answers by itself (before or outside Jersey) get the same JSON body as every other error; slow
     * request heads are cut; the request log is masked like the application log.
     */
    private static void registerServerSetup(GatewayConfiguration config, Environment environment) {
        environment.getApplicationContext().setErrorHandler(new JsonContextErrorHandler());
        environment.getAdminContext().setErrorHandler(new JsonContextErrorHandler());
        environment.lifecycle().addEventListener(new ServerSetupListener());
        environment.lifecycle().addEventListener(
                new RequestHeadDeadline(config.limits.requestHeadTimeout.toMilliseconds()));
    }

    private static void registerErrorMappers(GatewayConfiguration config, Environment environment) {
        if (config.getServerFactory() instanceof AbstractServerFactory server) {
            server.setRegisterDefaultExceptionMappers(false);
        }
        environment.jersey().register(new ApiExceptionMapper());
        environment.jersey().register(new WebApplicationExceptionMapper());
        environment.jersey().register(new JsonParseExceptionMapper());
        environment.jersey().register(new BadMessageExceptionMapper());
        environment.jersey().register(new UnexpectedExceptionMapper());
    }
}
