package io.interven.gateway.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import io.interven.gateway.core.ScanStage;
import io.interven.gateway.policy.Decision;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The scrape: the gateway's own meters and the bridged Dropwizard registry, in Prometheus text. */
class GatewayMetricsTest {

    private static List<String> samples(String scrape, String name) {
        return Arrays.stream(scrape.split("\n")).filter(line -> line.startsWith(name)).collect(Collectors.toList());
    }

    @Test
    void everyStageTimerIsThereFromTheStart() {
        String scrape = GatewayMetrics.over(new MetricRegistry()).scrape();

        for (ScanStage stage : ScanStage.values()) {
            assertThat(scrape).contains("interven_scan_stage_seconds_count{stage=\"" + stage.label() + "\"} 0");
        }
        assertThat(scrape).contains("# TYPE interven_scan_stage_seconds histogram")
                .contains("interven_ratelimit_refusals_total 0");
    }

    @Test
    void aRecordedStageCountsAndSums() {
        GatewayMetrics metrics = GatewayMetrics.over(new MetricRegistry());

        metrics.stage(ScanStage.POLICY).record(TimeUnit.MILLISECONDS.toNanos(3));
        metrics.scans().detector("secrets").record(TimeUnit.MILLISECONDS.toNanos(2));
        metrics.scans().detector("secrets").record(TimeUnit.MILLISECONDS.toNanos(2));

        String scrape = metrics.scrape();
        assertThat(scrape).contains("interven_scan_stage_seconds_count{stage=\"policy\"} 1")
                .contains("interven_scan_stage_seconds_sum{stage=\"policy\"} 0.003")
                .contains("interven_scan_detector_seconds_count{detector=\"secrets\"} 2");
    }

    @Test
    void aRecordedStageLandsInItsBucketAndEveryBucketAbove() {
        GatewayMetrics metrics = GatewayMetrics.over(new MetricRegistry());

        metrics.stage(ScanStage.POLICY).record(TimeUnit.MILLISECONDS.toNanos(3));

        assertThat(samples(metrics.scrape(), "interven_scan_stage_seconds_bucket{stage=\"policy\""))
                .contains("interven_scan_stage_seconds_bucket{stage=\"policy\",le=\"0.0025\"} 0",
                        "interven_scan_stage_seconds_bucket{stage=\"policy\",le=\"0.005\"} 1",
                        "interven_scan_stage_seconds_bucket{stage=\"policy\",le=\"10.0\"} 1",
                        "interven_scan_stage_seconds_bucket{stage=\"policy\",le=\"+Inf\"} 1")
                .hasSize(18);
    }

    @Test
    void decisionsAreCountedByDecisionAndTool() {
        GatewayMetrics metrics = GatewayMetrics.over(new MetricRegistry());

        metrics.scans().decided(Decision.ALLOW, "slack");
        metrics.scans().decided(Decision.ALLOW, "slack");
        metrics.scans().decided(Decision.SANITIZE, "custom_proxy");
        metrics.scans().decided(Decision.DENY, null);

        String scrape = metrics.scrape();
        assertThat(scrape).contains("interven_scan_decisions_total{decision=\"ALLOW\",tool=\"slack\"} 2")
                .contains("interven_scan_decisions_total{decision=\"DENY\",tool=\"slack\"} 0")
                .contains("interven_scan_decisions_total{decision=\"SANITIZE\",tool=\"custom_proxy\"} 1")
                .contains("interven_scan_decisions_total{decision=\"DENY\",tool=\"unknown\"} 1");
    }

    @Test
    void theToolLabelIsBoundedAndNeverShapedLikeAValue() {
        GatewayMetrics metrics = GatewayMetrics.over(new MetricRegistry());

        for (int i = 0; i < ToolLabels.MAX_TOOLS + 10; i++) {
            metrics.scans().decided(Decision.ALLOW, "tool" + i);
        }
        metrics.scans().decided(Decision.ALLOW, "https://evil.example/AKIAQ7ZK3W9XV2JR5TNB");
        metrics.scans().decided(Decision.ALLOW, "Jane Doe");

        String scrape = metrics.scrape();
        List<String> allowed = samples(scrape, "interven_scan_decisions_total{decision=\"ALLOW\"");
        assertThat(allowed).hasSize(ToolLabels.MAX_TOOLS + 1);
        assertThat(scrape).contains("interven_scan_decisions_total{decision=\"ALLOW\",tool=\"other\"} 12")
                .doesNotContain("evil").doesNotContain("AKIA").doesNotContain("Jane");
    }

    @Test
    void dropwizardMetricsAreBridgedUnderPrometheusNames() {
        MetricRegistry dropwizard = new MetricRegistry();
        dropwizard.timer("io.interven.gateway.tenancy.ApiKeyDao.findForAuthentication")
                .update(2, TimeUnit.MILLISECONDS);
        dropwizard.timer("io.interven.gateway.tenancy.ApiKeyDao.findForAuthentication")
                .update(4, TimeUnit.MILLISECONDS);
        dropwizard.register("io.dropwizard.db.ManagedPooledDataSource.database.active", (Gauge<Integer>) () -> 3);
        dropwizard.register("jvm.attribute.name", (Gauge<String>) () -> "not a number");
        dropwizard.register("broken.gauge", (Gauge<Integer>) () -> {
            throw new IllegalStateException("unreadable");
        });
        dropwizard.meter("org.eclipse.jetty.server.handler.StatisticsHandler.2xx-responses").mark(5);
        dropwizard.counter("io.dropwizard.jetty.active-requests").inc(2);
        dropwizard.histogram("some.sizes").update(10);

        String scrape = GatewayMetrics.over(dropwizard).scrape();

        assertThat(scrape)
                .contains("# TYPE io_interven_gateway_tenancy_ApiKeyDao_findForAuthentication_seconds summary")
                .contains("io_interven_gateway_tenancy_ApiKeyDao_findForAuthentication_seconds_count 2")
                .contains("io_interven_gateway_tenancy_ApiKeyDao_findForAuthentication_seconds{quantile=\"0.5\"}")
                .contains("io_dropwizard_db_ManagedPooledDataSource_database_active 3")
                .contains("org_eclipse_jetty_server_handler_StatisticsHandler_2xx_responses_total 5")
                .contains("io_dropwizard_jetty_active_requests 2")
                .contains("some_sizes_count 1")
                .doesNotContain("jvm_attribute_name")
                .doesNotContain("broken_gauge")
                .contains("interven_scan_stage_seconds_count");
    }

    @Test
    void clashingDropwizardNamesGiveOneMetricNotAFailedScrape() {
        MetricRegistry dropwizard = new MetricRegistry();
        dropwizard.register("pool.size", (Gauge<Integer>) () -> 1);
        dropwizard.register("pool-size", (Gauge<Integer>) () -> 2);
        dropwizard.register("interven.scan.stage", (Gauge<Integer>) () -> 3);

        String scrape = GatewayMetrics.over(dropwizard).scrape();

        assertThat(samples(scrape, "pool_size ")).hasSize(1);
        assertThat(scrape).doesNotContain("interven_scan_stage 3");
    }
}
