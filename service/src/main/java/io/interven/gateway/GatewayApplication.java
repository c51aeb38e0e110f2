package io.interven.gateway;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.interven.gateway.auth.AuthenticationMemo;
import io.interven.gateway.cli.CreateAgentCommand;
import io.interven.gateway.cli.CreateKeyCommand;
import io.interven.gateway.cli.CreateTenantCommand;
import io.interven.gateway.cli.DbCommand;
import io.interven.gateway.cli.EvaluateCommand;
import io.interven.gateway.config.GatewayConfiguration;
import io.interven.gateway.errors.ErrorAnswers;
import io.interven.gateway.resources.RateLimitFilter;
import io.interven.gateway.wiring.AdminArea;
import io.interven.gateway.wiring.ApprovalsArea;
import io.interven.gateway.wiring.AuthArea;
import io.interven.gateway.wiring.DirectScanArea;
import io.interven.gateway.wiring.Foundation;
import io.interven.gateway.wiring.InboundArea;
import io.interven.gateway.wiring.PluginsArea;
import io.interven.gateway.wiring.PoliciesArea;
import io.interven.gateway.wiring.RateLimitArea;
import io.interven.gateway.wiring.ReplayArea;
import io.interven.gateway.wiring.ScanArea;
import io.interven.gateway.wiring.ServerArea;
import io.interven.gateway.wiring.TelemetryArea;
import io.interven.gateway.wiring.TenancyArea;
import io.interven.gateway.wiring.TracesArea;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import java.util.function.Supplier;

/** The Interven gateway. {@link #run} only wires; each collaborator has one job. */
public class GatewayApplication extends Application<GatewayConfiguration> {
    private final Supplier<OpenTelemetry> telemetry;

    /** Spans go to the global OpenTelemetry: a no-op unless an operator installs an SDK or a Java agent. */
    public GatewayApplication() {
        this(GlobalOpenTelemetry::get);
    }

    /** @param telemetry where the API's server spans go; asked once, when the gateway starts */
    public GatewayApplication(Supplier<OpenTelemetry> telemetry) {
        this.telemetry = telemetry;
    }

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

    /** The gateway, area by area; each area is wired by its own class in {@code wiring/}. */
    @Override
    public void run(GatewayConfiguration config, Environment environment) {
        Foundation base = Foundation.lay(config, environment);
        ErrorAnswers errors = ServerArea.wire(base);
        TelemetryArea.wire(base, telemetry.get());
        PluginsArea plugins = PluginsArea.wire(base);
        TenancyArea tenancy = TenancyArea.wire(base);
        AuthenticationMemo authentication = AuthArea.wire(base, tenancy);
        ReplayArea.wire(base);
        TracesArea traces = TracesArea.wire(base);
        PoliciesArea policies = PoliciesArea.wire(base, plugins, traces);
        ApprovalsArea approvals = ApprovalsArea.wire(base);
        RateLimitFilter limits = RateLimitArea.wire(base);
        ScanArea scan = ScanArea.wire(base, plugins, tenancy, policies, approvals, traces);
        DirectScanArea.wire(base, errors, authentication, limits, scan);
        AdminArea.wire(base, tenancy);
        InboundArea.wire(base, tenancy, scan);
    }
}
