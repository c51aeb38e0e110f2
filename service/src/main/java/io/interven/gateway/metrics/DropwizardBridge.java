package io.interven.gateway.metrics;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.Histogram;
import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Sampling;
import com.codahale.metrics.Snapshot;
import com.codahale.metrics.Timer;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Quantiles;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The Dropwizard metric registry (JVM, Jetty, Jersey, the JDBI statement timers, the database pool's gauges), read
 * at each scrape and handed to the Prometheus registry the gateway's own meters live in. A Dropwizard name becomes a
 * Prometheus name by turning every character outside {@code [a-zA-Z0-9_:]} into {@code _}
 * ({@code io.interven.gateway.tenancy.ApiKeyDao.findForAuthentication} becomes
 * {@code io_interven_gateway_tenancy_ApiKeyDao_findForAuthentication}):
 *
 * <ul>
 *   <li>a gauge, or a counter (which Dropwizard lets go down), becomes a gauge (non-numeric gauges are left out);
 *   <li>a meter becomes a counter {@code <name>_total};
 *   <li>a timer becomes a summary {@code <name>_seconds} of quantiles 0.5, 0.75, 0.95, 0.99 and 0.999 over
 *       Dropwizard's recent samples, and {@code _count}, every call ever timed (Dropwizard keeps no sum);
 *   <li>a histogram becomes a summary {@code <name>} of the same quantiles and count.
 * </ul>
 *
 * A name that would clash with one already given (by an earlier Dropwizard metric, or one of the gateway's own
 * {@code interven_} meters) is left out; so is a metric that cannot be read: one metric never fails the scrape.
 */
final class DropwizardBridge implements MultiCollector {
    private static final double[] QUANTILES = {0.5, 0.75, 0.95, 0.99, 0.999};
    private static final double SECONDS_PER_NANO = 1e-9;
    private static final String OWN_PREFIX = "interven_";

    private final MetricRegistry registry;

    DropwizardBridge(MetricRegistry registry) {
        this.registry = registry;
    }

    @Override
    public MetricSnapshots collect() {
        Taken taken = new Taken();
        List<MetricSnapshot> snapshots = new ArrayList<>();
        add(snapshots, taken, registry.getGauges(), "", Set.of(), this::gauge);
        add(snapshots, taken, registry.getCounters(), "", Set.of(), this::counterAsGauge);
        add(snapshots, taken, registry.getMeters(), "", Set.of("_total"), this::meter);
        add(snapshots, taken, registry.getTimers(), "_seconds", Set.of("_count", "_sum"), this::timer);
        add(snapshots, taken, registry.getHistograms(), "", Set.of("_count", "_sum"), this::histogram);
        return new MetricSnapshots(snapshots);
    }

    /** A converter from a Dropwizard metric to its snapshot under a Prometheus name; null when it has no value. */
    private interface Conversion<M> {
        MetricSnapshot convert(String prometheusName, String dropwizardName, M metric);
    }

    private static <M> void add(List<MetricSnapshot> snapshots, Taken taken, Map<String, M> metrics, String unitSuffix,
                                Set<String> seriesSuffixes, Conversion<M> conversion) {
        for (Map.Entry<String, M> metric : metrics.entrySet()) {
            String name = prometheusName(metric.getKey()) + unitSuffix;
            if (name.startsWith(OWN_PREFIX) || !taken.claim(name, seriesSuffixes)) {
                continue;
            }
            try {
                MetricSnapshot snapshot = conversion.convert(name, metric.getKey(), metric.getValue());
                if (snapshot != null) {
                    snapshots.add(snapshot);
                }
            } catch (RuntimeException | LinkageError unreadable) {
                // left out of this scrape
            }
        }
    }

    /** {@code name} with every character a Prometheus name cannot hold turned into {@code _}. */
    static String prometheusName(String dropwizardName) {
        StringBuilder name = new StringBuilder(dropwizardName.length() + 1);
        for (int i = 0; i < dropwizardName.length(); i++) {
            char c = dropwizardName.charAt(i);
            boolean valid = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':'
                    || (c >= '0' && c <= '9' && i > 0);
            name.append(valid ? c : '_');
        }
        return name.toString();
    }

    private MetricSnapshot gauge(String name, String dropwizardName, Gauge<?> gauge) {
        Object value = gauge.getValue();
        double number;
        if (value instanceof Number n) {
            number = n.doubleValue();
        } else if (value instanceof Boolean b) {
            number = b ? 1 : 0;
        } else {
            return null;
        }
        return gaugeOf(name, "Dropwizard gauge " + dropwizardName, number);
    }

    private MetricSnapshot counterAsGauge(String name, String dropwizardName, Counter counter) {
        return gaugeOf(name, "Dropwizard counter " + dropwizardName, counter.getCount());
    }

    private static MetricSnapshot gaugeOf(String name, String help, double value) {
        return GaugeSnapshot.builder().name(name).help(help)
                .dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder().value(value).build())
                .build();
    }

    private MetricSnapshot meter(String name, String dropwizardName, Meter meter) {
        return CounterSnapshot.builder().name(name).help("Dropwizard meter " + dropwizardName)
                .dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder().value(meter.getCount()).build())
                .build();
    }

    private MetricSnapshot timer(String name, String dropwizardName, Timer timer) {
        return summaryOf(name, "Dropwizard timer " + dropwizardName + ", in seconds", timer.getCount(), timer,
                nanos -> nanos * SECONDS_PER_NANO);
    }

    private MetricSnapshot histogram(String name, String dropwizardName, Histogram histogram) {
        return summaryOf(name, "Dropwizard histogram " + dropwizardName, histogram.getCount(), histogram,
                Function.identity());
    }

    private static MetricSnapshot summaryOf(String name, String help, long count, Sampling sampling,
                                            Function<Double, Double> unit) {
        Snapshot snapshot = sampling.getSnapshot();
        Quantiles.Builder quantiles = Quantiles.builder();
        for (double quantile : QUANTILES) {
            quantiles.quantile(quantile, unit.apply(snapshot.getValue(quantile)));
        }
        return SummarySnapshot.builder().name(name).help(help)
                .dataPoint(SummarySnapshot.SummaryDataPointSnapshot.builder().count(count)
                        .quantiles(quantiles.build()).build())
                .build();
    }

    /** The names given in one scrape, with the series names they expose. */
    private static final class Taken {
        private final Set<String> names = new HashSet<>();

        /** Takes {@code name} and its series; false (taking nothing) when any of them is taken already. */
        boolean claim(String name, Set<String> seriesSuffixes) {
            List<String> all = new ArrayList<>();
            all.add(name);
            seriesSuffixes.forEach(suffix -> all.add(name + suffix));
            if (all.stream().anyMatch(names::contains)) {
                return false;
            }
            names.addAll(all);
            return true;
        }
    }
}
