package io.interven.gateway.contract;

import static io.interven.gateway.contract.TraceContextContract.CALLER_PARENT;
import static io.interven.gateway.contract.TraceContextContract.CALLER_SPAN;
import static io.interven.gateway.contract.TraceContextContract.CALLER_TRACE;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.TenantFixture;
import io.interven.gateway.testing.TestDatabase;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With an OpenTelemetry SDK given to the gateway (as an operator's SDK or agent would install globally), each API
 * request exports one server span: a child of the caller's span in the caller's trace, named after its route
 * template, with ids and types as attributes and never a value of the call. Spans are about the request, not the
 * database, so this runs on H2 only.
 */
class ServerSpanOnH2Test {
    private static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();
    private static OpenTelemetrySdk sdk;
    private static GatewayHarness gateway;

    @BeforeAll
    static void start() {
        sdk = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(SPANS)).build()).build();
        gateway = GatewayHarness.on(TestDatabase.fresh("h2")).telemetry(sdk).start();
    }

    @AfterAll
    static void stop() {
        gateway.close();
        sdk.close();
    }

    private static SpanData awaitSpan(Predicate<SpanData> which) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<SpanData> found = SPANS.getFinishedSpanItems().stream().filter(which).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no such span among " + SPANS.getFinishedSpanItems());
    }

    private static String attribute(SpanData span, String key) {
        return span.getAttributes().get(AttributeKey.stringKey(key));
    }

    @Test
    void aScanIsAServerSpanChildOfTheCallersSpanWithIdsAndNoValues() {
        TenantFixture tenant = gateway.newTenant();
        Map<String, Object> call = Map.of("method", "POST", "url", "https://hooks.slack.com/services/T1/B1/x",
                "body", Map.of("text", "deploy with " + PlantedValues.GITHUB_TOKEN + " for " + PlantedValues.EMAIL));

        HttpResponse<String> answer = TraceContextContract.send(gateway, "POST", "/v1/scan", tenant.key(),
                List.of(Map.entry("traceparent", CALLER_PARENT), Map.entry("tracestate", "rojo=1")),
                GatewayHarness.write(call));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String echoed = answer.headers().firstValue("traceparent").orElseThrow();
        SpanData span = awaitSpan(s -> echoed.contains(s.getSpanId()));
        assertThat(span.getTraceId()).isEqualTo(CALLER_TRACE);
        assertThat(span.getParentSpanId()).isEqualTo(CALLER_SPAN);
        assertThat(span.getParentSpanContext().isRemote()).isTrue();
        assertThat(echoed).isEqualTo("00-" + CALLER_TRACE + "-" + span.getSpanId() + "-01");
        assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(span.getName()).isEqualTo("POST /v1/scan");
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(attribute(span, "http.request.method")).isEqualTo("POST");
        assertThat(attribute(span, "http.route")).isEqualTo("/v1/scan");
        assertThat(span.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(200L);
        assertThat(attribute(span, "interven.tenant_id")).isEqualTo(tenant.tenantId());
        assertThat(attribute(span, "interven.decision")).isEqualTo(answer.headers()
                .firstValue("X-Interven-Decision").orElseThrow());
        assertThat(attribute(span, "interven.tool")).isNotBlank();
        assertThat(attribute(span, "interven.trace_id")).isEqualTo(answer.headers()
                .firstValue("X-Interven-Trace-Id").orElseThrow());
        assertThat(span.getAttributes().size()).as("only the attributes named: %s", span.getAttributes())
                .isEqualTo(7);
        assertThat(PlantedValues.foundIn("span", span.getName() + span.getAttributes())).isEmpty();
        assertThat(span.getAttributes().toString()).doesNotContain("hooks.slack.com").doesNotContain("deploy");
    }

    @Test
    void aRouteWithIdsIsNamedByItsTemplateAndAnErrorWithoutARouteByItsMethod() {
        TenantFixture tenant = gateway.newTenant();
        String traceId = java.util.UUID.randomUUID().toString();

        HttpResponse<String> missing = TraceContextContract.send(gateway, "GET", "/v1/traces/" + traceId,
                tenant.key(), List.of(), null);
        HttpResponse<String> nowhere = TraceContextContract.send(gateway, "GET", "/v1/nothing/" + traceId,
                tenant.key(), List.of(), null);

        assertThat(missing.statusCode()).isEqualTo(404);
        SpanData byTemplate = awaitSpan(s -> missing.headers().firstValue("traceparent").orElseThrow()
                .contains(s.getSpanId()));
        assertThat(byTemplate.getName()).isEqualTo("GET /v1/traces/{traceId}").doesNotContain(traceId);
        assertThat(byTemplate.getParentSpanContext().isValid()).as("a new trace: a root span").isFalse();
        SpanData byMethod = awaitSpan(s -> nowhere.headers().firstValue("traceparent").orElseThrow()
                .contains(s.getSpanId()));
        assertThat(byMethod.getName()).isEqualTo("GET");
        assertThat(byMethod.getAttributes().toString()).doesNotContain(traceId);
    }

    @Test
    void anUnauthenticatedRequestStillEndsItsSpanWithItsStatus() {
        HttpResponse<String> refused = TraceContextContract.send(gateway, "POST", "/v1/scan", "iv_live_nope",
                List.of(Map.entry("traceparent", CALLER_PARENT)), "{}");

        assertThat(refused.statusCode()).isEqualTo(401);
        SpanData span = awaitSpan(s -> refused.headers().firstValue("traceparent").orElseThrow()
                .contains(s.getSpanId()));
        assertThat(span.getParentSpanId()).isEqualTo(CALLER_SPAN);
        assertThat(span.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(401L);
        assertThat(attribute(span, "interven.tenant_id")).isNull();
        assertThat(span.getAttributes().toString()).doesNotContain("iv_live_nope");
    }
}
