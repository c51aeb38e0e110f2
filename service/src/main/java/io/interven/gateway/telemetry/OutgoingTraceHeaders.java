package io.interven.gateway.telemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The W3C headers of a span context, as the gateway writes them (to its caller, or to an upstream):
 * {@code traceparent} always, version {@code 00}; {@code tracestate} as the propagator serializes the parsed trace
 * state, only when there is one and it passes {@link TraceStateSyntax} again.
 */
final class OutgoingTraceHeaders {
    private OutgoingTraceHeaders() {
    }

    static Map<String, String> of(SpanContext context) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(IncomingTraceHeaders.TRACEPARENT, "00-" + context.getTraceId() + "-" + context.getSpanId() + "-"
                + context.getTraceFlags().asHex());
        if (!context.getTraceState().isEmpty()) {
            try {
                Map<String, String> injected = new LinkedHashMap<>();
                W3CTraceContextPropagator.getInstance().inject(Context.root().with(Span.wrap(context)), injected,
                        (carrier, key, value) -> carrier.put(key, value));
                String tracestate = injected.get(IncomingTraceHeaders.TRACESTATE);
                if (tracestate != null && TraceStateSyntax.isValid(tracestate)) {
                    headers.put(IncomingTraceHeaders.TRACESTATE, tracestate);
                }
            } catch (RuntimeException dropped) {
                // the trace goes on without its tracestate
            }
        }
        return Collections.unmodifiableMap(headers);
    }
}
