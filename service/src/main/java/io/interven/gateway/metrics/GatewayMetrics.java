package io.interven.gateway.metrics;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.auth.Authenticator;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.metrics.servlets.MetricsServlet;
import io.interven.gateway.core.ScanMeters;
import io.interven.gateway.core.ScanStage;
import io.interven.gateway.core.StageTimer;
import io.interven.gateway.server.BodyRefusal;
import io.interven.gateway.server.ReadAheadBudget;
import io.interven.gateway.trace.TraceWriter;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.security.Principal;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The gateway's meters and where they are read: {@code GET /metrics} on the admin port answers Prometheus text with
 * the gateway's own meters ({@code interven_*}) and the Dropwizard registry bridged in ({@link DropwizardBridge});
 * Dropwizard's own JSON view of its registry stays at {@code GET /metrics.json}. What each meter means is listed in
 * service/README.md.
 */
public final class GatewayMetrics {
    /** The admin path of the Prometheus scrape. */
    public static final String SCRAPE_PATH = "/metrics";
    /** The admin path of Dropwizard's JSON view of its own registry. */
    public static final String DROPWIZARD_JSON_PATH = "/metrics.json";

    private final PrometheusMeterRegistry registry;
    private final GatewayScanMeters scans;
    private final Counter rateLimitRefusals;
    private final Counter directScans;

    GatewayMetrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
        ScanTimeHistograms timers = new ScanTimeHistograms();
        registry.getPrometheusRegistry().register(timers);
        this.scans = new GatewayScanMeters(timers, registry);
        this.rateLimitRefusals = Counter.builder("interven.ratelimit.refusals")
                .description("Requests refused with 429 RATE_LIMITED because their tenant's budget was used up")
                .register(registry);
        this.directScans = Counter.builder("interven.scan.direct")
                .description("POST /v1/scan requests answered in front of Jersey (every check before the scan passed"
                        + " and the request was plain); the others went through Jersey")
                .register(registry);
    }

    /** Meters served on the admin port of {@code environment}, with its Dropwizard registry bridged in. */
    public static GatewayMetrics servedOn(Environment environment) {
        GatewayMetrics metrics = over(environment.metrics());
        environment.admin().addServlet("prometheus-metrics", new PrometheusScrapeServlet(metrics.registry))
                .addMapping(SCRAPE_PATH);
        environment.admin().addServlet("dropwizard-metrics-json", new MetricsServlet(environment.metrics()))
                .addMapping(DROPWIZARD_JSON_PATH);
        return metrics;
    }

    /** Meters with {@code dropwizard} bridged into their scrape, served nowhere (tests). */
    public static GatewayMetrics over(MetricRegistry dropwizard) {
        PrometheusRegistry prometheus = new PrometheusRegistry();
        prometheus.register(new DropwizardBridge(dropwizard));
        return new GatewayMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT, prometheus, Clock.SYSTEM));
    }

    /** The scan meters: stage and detector timers, decisions by decision and tool. */
    public ScanMeters scans() {
        return scans;
    }

    /** {@code authenticator}, timed as the {@code auth} stage. */
    public <C, P extends Principal> Authenticator<C, P> timed(Authenticator<C, P> authenticator) {
        return new TimedAuthenticator<>(authenticator, scans.stage(ScanStage.AUTH));
    }

    /** The timer of one stage. */
    public StageTimer stage(ScanStage stage) {
        return scans.stage(stage);
    }

    /** Counts one request refused for its tenant's rate limit. */
    public Runnable rateLimitRefusals() {
        return rateLimitRefusals::increment;
    }

    /** Counts one scan request answered in front of Jersey. */
    public Runnable directScans() {
        return directScans::increment;
    }

    /** Watches the trace writer's queue and what it dropped. */
    public void watch(TraceWriter traces) {
        TraceQueueMeters.bind(registry, traces);
    }

    /** Watches the memory held by request bodies still arriving. */
    public void watch(ReadAheadBudget bodies) {
        Gauge.builder("interven.body.read.ahead.bytes", bodies, ReadAheadBudget::held)
                .description("Bytes of request bodies still arriving, held before their requests are handled")
                .strongReference(true).register(registry);
        Gauge.builder("interven.body.read.ahead.capacity.bytes", bodies, ReadAheadBudget::capacity)
                .description("Bytes request bodies still arriving may hold at most; past it they answer 503")
                .strongReference(true).register(registry);
    }

    /** Counts request bodies refused before their request was handled, by {@link BodyRefusal}. */
    public Consumer<BodyRefusal> bodyRefusals() {
        Map<BodyRefusal, Counter> counters = new EnumMap<>(BodyRefusal.class);
        for (BodyRefusal reason : BodyRefusal.values()) {
            counters.put(reason, Counter.builder("interven.body.refusals").tag("reason", reason.label())
                    .description("Request bodies refused before their request was handled: too large on the wire, "
                            + "late (behind the least pace or past the body timeout), no room in the read-ahead "
                            + "budget, or unreadable (the connection failed)")
                    .register(registry));
        }
        return reason -> counters.get(reason).increment();
    }

    /** Watches the database connection pool. */
    public void watch(DataSource pool) {
        DatabasePoolMeters.bind(registry, pool);
    }

    /** What a scrape answers now, in the Prometheus text format. */
    public String scrape() {
        return registry.scrape(PrometheusScrapeServlet.TEXT);
    }
}
