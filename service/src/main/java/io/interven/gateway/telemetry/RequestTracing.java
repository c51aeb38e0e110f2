package io.interven.gateway.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;

/**
 * Starts the server span of a request as the child of the caller's W3C trace context, through the OpenTelemetry
 * instance it is given (the global one by default: a no-op unless an operator installs an SDK or a Java agent).
 *
 * <p>A no-op span started under a valid remote parent carries the parent's span context, the caller's span id
 * included; the gateway then mints its own span id so that what it echoes and forwards is its own hop in the
 * caller's trace. Without a valid parent, a new trace is started (a new random trace id). When tracing itself
 * fails, the request gets a new trace id and no span. When a span is already open on the thread (a Java agent's
 * own server span), the gateway's span is its child.
 */
public final class RequestTracing {
    static final String INSTRUMENTATION = "io.interven.gateway";

    private final Tracer tracer;

    public RequestTracing(OpenTelemetry telemetry) {
        this.tracer = telemetry.getTracer(INSTRUMENTATION);
    }

    /** The span of one request; its name is the method until the route is known ({@link RequestTrace#name}). */
    public RequestTrace start(String method, IncomingTraceHeaders incoming) {
        try {
            Context parent = parentOf(Context.current(), incoming);
            SpanContext remote = Span.fromContext(parent).getSpanContext();
            Span span = tracer.spanBuilder(method).setSpanKind(SpanKind.SERVER).setParent(parent)
                    .setAttribute(SpanAttributes.METHOD, method).startSpan();
            SpanContext started = span.getSpanContext();
            boolean ownSpan = started.isValid() && !started.getSpanId().equals(remote.getSpanId());
            return new RequestTrace(parent, span, ownSpan ? started : minted(remote));
        } catch (RuntimeException | LinkageError failure) {
            return RequestTrace.untraced();
        }
    }

    /**
     * A span already open on this thread (a Java agent's own server span around the servlet) is the parent: it has
     * read the caller's headers itself. Otherwise the caller's headers are.
     */
    private static Context parentOf(Context current, IncomingTraceHeaders incoming) {
        SpanContext active = Span.fromContext(current).getSpanContext();
        if (active.isValid() && !active.isRemote()) {
            return current;
        }
        return W3CTraceContextPropagator.getInstance().extract(current, incoming, IncomingTraceHeaders.GETTER);
    }

    /** The gateway's hop when the span has no id of its own: the parent's trace (or a new one), a new span id. */
    private static SpanContext minted(SpanContext remote) {
        if (remote.isValid()) {
            return SpanContext.create(remote.getTraceId(), RandomIds.spanId(), remote.getTraceFlags(),
                    remote.getTraceState());
        }
        return SpanContext.create(RandomIds.traceId(), RandomIds.spanId(), TraceFlags.getDefault(),
                TraceState.getDefault());
    }
}
