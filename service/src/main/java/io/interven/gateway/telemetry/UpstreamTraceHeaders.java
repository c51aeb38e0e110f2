package io.interven.gateway.telemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trace context the inbound proxy sends upstream: the gateway's hop ({@code traceparent} with the request's
 * trace id and the gateway's span id) in place of whatever the caller sent, and the {@code tracestate} of the
 * headers about to be forwarded (the caller's, or the scan's sanitized form of it) only when it is valid, parsed
 * and serialized again. A caller's invalid trace header never travels on raw.
 */
public final class UpstreamTraceHeaders {
    private UpstreamTraceHeaders() {
    }

    /**
     * @param outgoing the headers about to be forwarded (names in any case); not changed
     * @param trace    the request's trace; null drops the trace headers and sends none
     * @return a new map: {@code outgoing} without its trace headers, then the gateway's
     */
    public static Map<String, List<String>> replace(Map<String, List<String>> outgoing, RequestTrace trace) {
        Map<String, List<String>> forwarded = new LinkedHashMap<>();
        List<String> tracestates = new ArrayList<>();
        outgoing.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase(IncomingTraceHeaders.TRACESTATE)) {
                tracestates.addAll(values == null ? List.of() : values);
            } else if (name == null || !name.equalsIgnoreCase(IncomingTraceHeaders.TRACEPARENT)) {
                forwarded.put(name, values);
            }
        });
        if (trace == null) {
            return forwarded;
        }
        SpanContext own = trace.spanContext();
        SpanContext hop = SpanContext.create(own.getTraceId(), own.getSpanId(), own.getTraceFlags(),
                traceState(trace.traceparent(), tracestates));
        OutgoingTraceHeaders.of(hop).forEach((name, value) -> forwarded.put(name, List.of(value)));
        return forwarded;
    }

    private static TraceState traceState(String traceparent, List<String> tracestates) {
        IncomingTraceHeaders incoming = IncomingTraceHeaders.of(List.of(traceparent), tracestates);
        if (incoming.tracestate() == null) {
            return TraceState.getDefault();
        }
        try {
            return Span.fromContext(W3CTraceContextPropagator.getInstance()
                    .extract(Context.root(), incoming, IncomingTraceHeaders.GETTER)).getSpanContext().getTraceState();
        } catch (RuntimeException unreadable) {
            return TraceState.getDefault();
        }
    }
}
