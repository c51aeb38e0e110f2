package io.interven.gateway.metrics;

import io.interven.gateway.core.ScanStage;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The scan's timers as two Prometheus histograms: {@code interven_scan_stage_seconds{stage}}, every stage from the
 * start, and {@code interven_scan_detector_seconds{detector}}, a detector plugin's from when the pipeline that runs
 * it is built. Each series is a {@link ThreadCellHistogram}; a scrape reads them all.
 */
final class ScanTimeHistograms implements MultiCollector {
    static final String STAGE = "interven_scan_stage_seconds";
    static final String DETECTOR = "interven_scan_detector_seconds";
    /** Bucket bounds: from tens of microseconds (a detector over a small call) to the scan budget. */
    private static final long[] BOUNDS_NANOS = {50_000, 100_000, 250_000, 500_000, 1_000_000, 2_500_000, 5_000_000,
        10_000_000, 25_000_000, 50_000_000, 100_000_000, 250_000_000, 500_000_000, 1_000_000_000, 2_500_000_000L,
        5_000_000_000L, 10_000_000_000L};

    private final Map<ScanStage, ThreadCellHistogram> stages = new EnumMap<>(ScanStage.class);
    private final Map<String, ThreadCellHistogram> detectors = new ConcurrentSkipListMap<>();
    private final double[] upperBounds;

    ScanTimeHistograms() {
        for (ScanStage stage : ScanStage.values()) {
            stages.put(stage, new ThreadCellHistogram(BOUNDS_NANOS));
        }
        upperBounds = new double[BOUNDS_NANOS.length + 1];
        for (int i = 0; i < BOUNDS_NANOS.length; i++) {
            upperBounds[i] = Unit.nanosToSeconds(BOUNDS_NANOS[i]);
        }
        upperBounds[BOUNDS_NANOS.length] = Double.POSITIVE_INFINITY;
    }

    ThreadCellHistogram stage(ScanStage stage) {
        return stages.get(stage);
    }

    /** The detector's histogram, the same one however often it is asked for. */
    ThreadCellHistogram detector(String detectorId) {
        return detectors.computeIfAbsent(detectorId, id -> new ThreadCellHistogram(BOUNDS_NANOS));
    }

    @Override
    public MetricSnapshots collect() {
        HistogramSnapshot.Builder stageSeries = HistogramSnapshot.builder().name(STAGE).unit(Unit.SECONDS)
                .help("Time spent in one stage of a scan request");
        stages.forEach((stage, histogram) -> stageSeries.dataPoint(point("stage", stage.label(), histogram)));
        HistogramSnapshot.Builder detectorSeries = HistogramSnapshot.builder().name(DETECTOR).unit(Unit.SECONDS)
                .help("Time one detector plugin spent over the fields of a call");
        detectors.forEach((id, histogram) -> detectorSeries.dataPoint(point("detector", id, histogram)));
        return new MetricSnapshots(stageSeries.build(), detectorSeries.build());
    }

    @Override
    public List<String> getPrometheusNames() {
        return List.of(STAGE, DETECTOR);
    }

    private HistogramDataPointSnapshot point(String label, String value, ThreadCellHistogram histogram) {
        ThreadCellHistogram.Reading reading = histogram.read();
        return HistogramDataPointSnapshot.builder()
                .labels(Labels.of(label, value))
                .classicHistogramBuckets(ClassicHistogramBuckets.of(upperBounds, reading.counts()))
                .sum(Unit.nanosToSeconds(reading.sumNanos()))
                .build();
    }
}
