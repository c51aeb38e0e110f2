package io.interven.benchmarks;

import io.interven.gateway.config.GatewayConfiguration;
import io.interven.gateway.plugin.LoadedPlugins;
import io.interven.gateway.plugin.PluginHost;
import io.interven.spi.AgentRef;
import io.interven.spi.OutboundCall;
import io.interven.spi.PluginSettings;
import io.interven.spi.Principal;
import io.interven.spi.PrincipalKinds;
import io.interven.spi.RiskSignal;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The external-principal signal on an e-mail to 20 recipients, through the signals plugin as the gateway loads it,
 * for a tenant whose own organisation lists {@code ownDomains} e-mail domains (the most a kind may hold is 1,000).
 * Half the recipients are in a sub-domain of the last own domain, half outside; the tenant's settings are one
 * instance across calls, as the gateway's cache hands them to signals between two reads of the tenant's lists.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExternalPrincipalBenchmark {
    private static final AgentRef AGENT = new AgentRef("bench", "bench", "custom");

    @Param({"10", "1000"})
    int ownDomains;

    private RiskSignal signal;
    private SignalContext context;

    @Setup(Level.Trial)
    public void setUp() {
        GatewayConfiguration config = new GatewayConfiguration();
        config.plugins.directory = System.getProperty("interven.plugins.dir", "plugins");
        LoadedPlugins plugins = new PluginHost(config.plugins).load();
        signal = plugins.signals().stream().filter(s -> s.id().equals("external-principal")).findFirst()
                .orElseThrow();
        List<String> domains = new ArrayList<>();
        for (int i = 0; i < ownDomains; i++) {
            domains.add("team-" + i + ".acme.example");
        }
        List<Principal> recipients = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            recipients.add(Principal.of(PrincipalKinds.EMAIL, i % 2 == 0
                    ? "person" + i + "@eu.team-" + (ownDomains - 1) + ".acme.example"
                    : "customer" + i + "@mail.customer-" + i + ".example"));
        }
        ToolMatch email = new ToolMatch("sendgrid", "mail.send", Verb.WRITE).withPrincipals(recipients);
        context = new SignalContext(OutboundCall.of("POST", "https://api.sendgrid.com/v3/mail/send", Map.of()), email,
                List.of(), AGENT).withTenantSettings(PluginSettings.of(Map.of("own",
                Map.of("email_domains", domains))));
        if (signal.evaluate(context).isEmpty()) {
            throw new IllegalStateException("half the recipients are outside: the signal should fire");
        }
    }

    @Benchmark
    public Optional<SignalResult> evaluate() {
        return signal.evaluate(context);
    }
}
