package io.interven.gateway.telemetry;

import static io.interven.gateway.telemetry.IncomingTraceHeadersTest.PARENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.OpenTelemetry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpstreamTraceHeadersTest {
    private final RequestTracing tracing = new RequestTracing(OpenTelemetry.noop());

    @Test
    void theCallersTraceHeadersAreReplacedByTheGatewaysHop() {
        RequestTrace trace = tracing.start("POST", IncomingTraceHeaders.of(List.of(PARENT), List.of("rojo=1")));
        Map<String, List<String>> outgoing = new LinkedHashMap<>();
        outgoing.put("TraceParent", List.of(PARENT));
        outgoing.put("TraceState", List.of("rojo=1"));
        outgoing.put("Content-Type", List.of("application/json"));

        Map<String, List<String>> forwarded = UpstreamTraceHeaders.replace(outgoing, trace);

        assertThat(forwarded).containsOnlyKeys("Content-Type", "traceparent", "tracestate");
        assertThat(forwarded.get("traceparent")).containsExactly(trace.traceparent());
        assertThat(forwarded.get("tracestate")).containsExactly("rojo=1");
    }

    @Test
    void anInvalidTracestateIsNeverForwarded() {
        RequestTrace trace = tracing.start("POST", IncomingTraceHeaders.of(List.of(PARENT), List.of()));
        Map<String, List<String>> outgoing = Map.of("tracestate", List.of("rojo=[REDACTED secret]=x"),
                "traceparent", List.of("00-ffffffffffffffffffffffffffffffff-ffffffffffffffff-01"));

        Map<String, List<String>> forwarded = UpstreamTraceHeaders.replace(outgoing, trace);

        assertThat(forwarded).containsOnlyKeys("traceparent");
        assertThat(forwarded.get("traceparent")).containsExactly(trace.traceparent());
    }

    @Test
    void withoutATraceNoTraceHeaderIsForwarded() {
        assertThat(UpstreamTraceHeaders.replace(Map.of("traceparent", List.of(PARENT), "tracestate",
                List.of("rojo=1"), "Accept", List.of("*/*")), null)).containsOnlyKeys("Accept");
    }
}
