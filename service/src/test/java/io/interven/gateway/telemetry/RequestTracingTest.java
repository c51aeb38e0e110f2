package io.interven.gateway.telemetry;

import static io.interven.gateway.telemetry.IncomingTraceHeadersTest.PARENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTracingTest {
    private static final Pattern TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final String CALLER_TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String CALLER_SPAN = "b7ad6b7169203331";

    private final RequestTracing noop = new RequestTracing(OpenTelemetry.noop());

    @Test
    void withTheNoopApiTheCallersTraceGoesOnUnderASpanIdOfTheGateway() {
        RequestTrace trace = noop.start("POST", IncomingTraceHeaders.of(List.of(PARENT), List.of("rojo=1")));

        assertThat(trace.traceId()).isEqualTo(CALLER_TRACE);
        assertThat(trace.spanId()).isNotEqualTo(CALLER_SPAN).isNotEqualTo("0".repeat(16)).hasSize(16);
        assertThat(trace.traceparent()).isEqualTo("00-" + CALLER_TRACE + "-" + trace.spanId() + "-01");
        assertThat(trace.tracestate()).contains("rojo=1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00-0AF7651916CD43DD8448EB211C80319C-B7AD6B7169203331-01",
            "00-00000000000000000000000000000000-b7ad6b7169203331-01",
            "00-0af7651916cd43dd8448eb211c80319c-0000000000000000-01",
            "ff-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
            "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01-extra",
            "00-0af7651916cd43dd8448eb211c80319g-b7ad6b7169203331-01",
            "00-0af7651916cd43dd8448eb211c8031-b7ad6b7169203331-01", "garbage", ""})
    void anInvalidTraceparentStartsANewTrace(String traceparent) {
        RequestTrace trace = noop.start("POST", IncomingTraceHeaders.of(List.of(traceparent), List.of("rojo=1")));

        assertThat(trace.traceId()).isNotEqualTo(CALLER_TRACE).isNotEqualTo("0".repeat(32))
                .isNotEqualToIgnoringCase("0af7651916cd43dd8448eb211c80319c");
        assertThat(trace.traceparent()).matches(TRACEPARENT).doesNotContain(CALLER_SPAN.toUpperCase())
                .endsWith("-00");
        assertThat(trace.tracestate()).as("a tracestate without its traceparent is not kept").isEmpty();
    }

    @Test
    void newTracesDiffer() {
        assertThat(noop.start("GET", IncomingTraceHeaders.none()).traceId())
                .isNotEqualTo(noop.start("GET", IncomingTraceHeaders.none()).traceId());
    }

    @Test
    void theTraceIsCurrentWhileItsScopeIsOpen() {
        RequestTrace trace = noop.start("GET", IncomingTraceHeaders.none());
        assertThat(RequestTrace.currentTraceId()).isNull();
        try (Scope ignored = trace.makeCurrent()) {
            assertThat(RequestTrace.currentTraceId()).isEqualTo(trace.traceId());
            assertThat(io.opentelemetry.api.trace.Span.current().getSpanContext().getSpanId())
                    .isEqualTo(trace.spanId());
        }
        assertThat(RequestTrace.currentTraceId()).isNull();
    }

    @Test
    void aFailingTracerStillGivesTheRequestANewTrace() {
        OpenTelemetry broken = new OpenTelemetry() {
            @Override
            public TracerProvider getTracerProvider() {
                return new TracerProvider() {
                    @Override
                    public Tracer get(String name) {
                        return getTracer(name);
                    }

                    @Override
                    public Tracer get(String name, String version) {
                        return getTracer(name);
                    }
                };
            }

            @Override
            public Tracer getTracer(String name) {
                return spanName -> {
                    throw new IllegalStateException("broken");
                };
            }

            @Override
            public ContextPropagators getPropagators() {
                return ContextPropagators.noop();
            }
        };
        RequestTrace trace = new RequestTracing(broken).start("POST", IncomingTraceHeaders.of(List.of(PARENT),
                List.of()));

        assertThat(trace.traceparent()).matches(TRACEPARENT);
        trace.name("POST /v1/scan");
        trace.attribute("k", "v");
        trace.end(500);
    }

    @Test
    void withAnSdkTheServerSpanIsAChildOfTheCallersSpan() {
        InMemorySpanExporter spans = InMemorySpanExporter.create();
        try (OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(spans)).build()).build()) {
            RequestTrace trace = new RequestTracing(sdk).start("POST",
                    IncomingTraceHeaders.of(List.of(PARENT), List.of()));
            trace.name("POST /v1/scan");
            trace.end(503);

            SpanData span = spans.getFinishedSpanItems().get(0);
            assertThat(span.getTraceId()).isEqualTo(CALLER_TRACE);
            assertThat(span.getParentSpanId()).isEqualTo(CALLER_SPAN);
            assertThat(span.getSpanId()).isEqualTo(trace.spanId());
            assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
            assertThat(span.getName()).isEqualTo("POST /v1/scan");
            assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
            assertThat(trace.traceparent()).isEqualTo("00-" + CALLER_TRACE + "-" + span.getSpanId() + "-01");
        }
    }

    @Test
    void aSpanAlreadyOpenOnTheThreadIsTheParent() {
        InMemorySpanExporter spans = InMemorySpanExporter.create();
        try (OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(spans)).build()).build()) {
            io.opentelemetry.api.trace.Span agents = sdk.getTracer("agent").spanBuilder("agent server span")
                    .startSpan();
            try (Scope ignored = agents.makeCurrent()) {
                RequestTrace trace = new RequestTracing(sdk).start("POST",
                        IncomingTraceHeaders.of(List.of(PARENT), List.of()));
                trace.end(200);
            }
            agents.end();

            SpanData gateway = spans.getFinishedSpanItems().get(0);
            assertThat(gateway.getParentSpanId()).isEqualTo(agents.getSpanContext().getSpanId());
            assertThat(gateway.getTraceId()).isEqualTo(agents.getSpanContext().getTraceId());
        }
    }
}
