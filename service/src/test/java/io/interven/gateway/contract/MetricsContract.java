package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.core.ScanStage;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The admin port's {@code /metrics}: Prometheus text with a timer per scan stage and per detector, decisions by
 * decision and tool, the trace queue (nothing dropped), the database pool, rate-limit refusals, the JDBI statement
 * timers bridged from Dropwizard; and no value of a scanned call, nor a piece of one, anywhere in it.
 */
abstract class MetricsContract extends GatewayContract {
    static final String AWS_KEY = "AKIA5QZR8WKX3VJN7TPY";
    static final String TOKEN = PlantedValues.GITHUB_TOKEN;
    static final String EMAIL = "zelda.quirkfield@example.org";
    static final String PHONE = "+1 415 555 0173";
    static final String HOST = "ledger-qxv7.payroll-zk.example";
    static final String PATH = "/accounts/acct-9QK2/export";
    /** The trace writer's insert statements: a summary (count and seconds). */
    static final String INSERTS = "interven_trace_inserts_seconds";

    private static String stage(ScanStage stage) {
        return "interven_scan_stage_seconds_count{stage=\"" + stage.label() + "\"}";
    }

    private static String decisions(String decision, String tool) {
        return "interven_scan_decisions_total{decision=\"" + decision + "\",tool=\"" + tool + "\"}";
    }

    @Test
    void metricsArePrometheusTextOrOpenMetricsOnRequest() throws IOException, InterruptedException {
        Scrape scrape = Scrape.of(gateway());

        assertThat(scrape.contentType()).startsWith("text/plain; version=0.0.4");
        assertThat(scrape.text()).contains("# TYPE interven_scan_stage_seconds histogram")
                .contains("# TYPE interven_ratelimit_refusals_total counter")
                .contains("# HELP interven_traces_dropped_total ");
        assertThat(scrape.has("interven_ratelimit_refusals_total")).isTrue();

        HttpResponse<String> open = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(gateway().adminUrl() + "/metrics"))
                .header("Accept", "application/openmetrics-text; version=1.0.0").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/openmetrics-text"));
        assertThat(open.body()).endsWith("# EOF\n");
    }

    @Test
    void dropwizardsJsonStaysAtItsOwnPath() {
        HttpResult json = gateway().getAdmin("/metrics.json");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("timers").has("io.interven.gateway.tenancy.ApiKeyDao.findForAuthentication"))
                .isTrue();
    }

    @Test
    void everyStageOfAScanIsTimed() {
        TenantFixture tenant = newTenant();
        Scrape before = Scrape.of(gateway());

        HttpResult answer = tenant.scan(ScanCalls.benign());

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        Scrape after = Scrape.of(gateway());
        for (ScanStage stage : ScanStage.values()) {
            if (stage != ScanStage.APPROVAL) {
                assertThat(after.since(before, stage(stage))).as(stage.label()).isGreaterThanOrEqualTo(1);
            }
        }
        assertThat(after.has(stage(ScanStage.APPROVAL))).isTrue();
        List<String> detectors = after.samples().keySet().stream()
                .filter(series -> series.startsWith("interven_scan_detector_seconds_count{detector=\""))
                .toList();
        assertThat(detectors).as("a timer per detector plugin").hasSizeGreaterThan(1);
        for (String detector : detectors) {
            assertThat(after.since(before, detector)).as(detector).isGreaterThanOrEqualTo(1);
        }
        assertThat(after.since(before, "io_interven_gateway_tenancy_ApiKeyDao_findForAuthentication_seconds_count"))
                .as("the JDBI statement timers are bridged").isGreaterThanOrEqualTo(1);
    }

    @Test
    void decisionsAreCountedByDecisionAndTool() {
        TenantFixture tenant = newTenant();
        Scrape before = Scrape.of(gateway());

        HttpResult allowed = tenant.scan(ScanCalls.benign());
        HttpResult sanitized = tenant.scan(ScanCalls.emailToUnknownDestination());
        HttpResult againAllowed = tenant.scan(ScanCalls.benign());

        assertThat(allowed.field("decision")).isEqualTo("ALLOW");
        assertThat(allowed.field("tool_name")).isEqualTo("slack");
        assertThat(againAllowed.field("decision")).isEqualTo("ALLOW");
        assertThat(sanitized.field("decision")).isEqualTo("SANITIZE");
        String unknownTool = sanitized.field("tool_name");
        Scrape after = Scrape.of(gateway());
        assertThat(after.since(before, decisions("ALLOW", "slack"))).isEqualTo(2);
        assertThat(after.since(before, decisions("SANITIZE", unknownTool))).isEqualTo(1);
        assertThat(after.since(before, decisions("SANITIZE", "slack"))).isZero();
        assertThat(after.since(before, decisions("ALLOW", unknownTool))).isZero();
    }

    @Test
    void theTraceQueueIsWatchedAndDropsNothing() {
        TenantFixture tenant = newTenant();
        String traceId = tenant.scan(ScanCalls.benign()).field("trace_id");
        gateway().await("/v1/traces/" + traceId, tenant.key(), trace -> trace.status() == 200);

        Scrape scrape = Scrape.onceItHolds(gateway(), written -> written.value(INSERTS + "_count") > 0);

        assertThat(scrape.value(INSERTS + "_count")).isPositive();
        assertThat(scrape.value(INSERTS + "_sum")).isPositive();
        assertThat(scrape.value("interven_traces_dropped_total")).isZero();
        assertThat(scrape.has("interven_traces_minimal_total")).isTrue();
        assertThat(scrape.value("interven_trace_queue_capacity"))
                .isEqualTo(gateway().configuration().traces.queueCapacity);
        assertThat(scrape.value("interven_trace_queue_depth")).isBetween(0.0,
                (double) gateway().configuration().traces.queueCapacity);
    }

    @Test
    void theDatabasePoolIsWatched() {
        Scrape scrape = Scrape.of(gateway());

        assertThat(scrape.value("interven_db_pool_max_connections"))
                .isEqualTo(gateway().configuration().database.getMaxSize());
        assertThat(scrape.has("interven_db_pool_connections{state=\"active\"}")).isTrue();
        assertThat(scrape.value("interven_db_pool_connections{state=\"idle\"}")).isGreaterThanOrEqualTo(0);
        assertThat(scrape.has("interven_db_pool_waiting_threads")).isTrue();
    }

    @Test
    void aRateLimitRefusalIsCounted() {
        RateWindows.awaitRoomInWindow();
        TenantFixture tenant = newTenant();
        TenantSettingsApi.setRateLimit(tenant, 1);
        Scrape before = Scrape.of(gateway());

        assertThat(tenant.scan(ScanCalls.benign()).status()).isEqualTo(200);
        assertError(tenant.scan(ScanCalls.benign()), 429, "RATE_LIMITED");
        assertError(tenant.scan(ScanCalls.benign()), 429, "RATE_LIMITED");

        assertThat(Scrape.of(gateway()).since(before, "interven_ratelimit_refusals_total")).isEqualTo(2);
    }

    @Test
    void noValueOfAScannedCallReachesTheMetrics() {
        TenantFixture tenant = newTenant();
        String body = "aws " + AWS_KEY + " gh " + TOKEN + " mail " + EMAIL + " call " + PHONE;
        List<Map<String, Object>> calls = List.of(
                Map.of("method", "POST", "url", "https://" + HOST + PATH + "?key=" + AWS_KEY + "&to=" + EMAIL,
                        "headers", Map.of("X-Api-Key", AWS_KEY, "Authorization", "Bearer " + TOKEN,
                                "X-Contact", EMAIL + ", " + PHONE),
                        "body", Map.of("note", body)),
                Map.of("method", "PUT", "url", "https://" + HOST + "/" + TOKEN,
                        "body", Map.of("text", body, "to", EMAIL)),
                Map.of("method", "POST", "url", "https://hooks.slack.com/services/T1/B1/x",
                        "body", Map.of("text", body)));
        List<String> decisions = new ArrayList<>();
        for (Map<String, Object> call : calls) {
            HttpResult answer = tenant.scan(call);
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            decisions.add(answer.field("decision"));
        }
        assertThat(decisions).as("the planted values were found").doesNotContain("ALLOW");

        Scrape scrape = Scrape.of(gateway());

        List<String> found = new ArrayList<>();
        for (String needle : needles(tenant)) {
            if (scrape.text().contains(needle)) {
                found.add(needle);
            }
        }
        assertThat(found).as("values of scanned calls in /metrics").isEmpty();
        assertThat(scrape.text()).as("the scrape has the scans' decisions")
                .contains("interven_scan_decisions_total{decision=\"ALLOW\",tool=\"slack\"}");
    }

    /** Every planted value, its distinctive pieces, the destination's host and path, and the tenant's ids. */
    private static Set<String> needles(TenantFixture tenant) {
        Set<String> needles = new LinkedHashSet<>(List.of(AWS_KEY, TOKEN, EMAIL, PHONE, "415 555 0173",
                "4155550173", "+14155550173", "zelda", "quirkfield", "example.org", HOST, "ledger-qxv7", "payroll-zk",
                PATH, "acct-9QK2", "/accounts", "7TPY", TOKEN.substring(TOKEN.length() - 4),
                tenant.tenantId(), tenant.key(), tenant.keyId()));
        for (String secret : List.of(AWS_KEY, TOKEN)) {
            for (int i = 0; i + 8 <= secret.length(); i++) {
                needles.add(secret.substring(i, i + 8));
            }
        }
        return needles;
    }
}
