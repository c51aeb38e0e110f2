package io.interven.gateway.telemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway's part of one request's trace: its own span context (the caller's trace id, or a new one, and the
 * gateway's span id), the server span (a no-op span when no OpenTelemetry SDK is installed), and the headers that
 * carry them ({@code traceparent}, and {@code tracestate} when the caller's was valid, re-serialized from its parsed
 * form, never copied). Everything that touches the span swallows its failures: tracing never changes an answer.
 *
 * <p>While the request runs, this trace is current ({@link #makeCurrent()}): {@link #current()} finds it on the
 * request's thread, and the span is the current OpenTelemetry span.
 */
public final class RequestTrace {
    /** The request attribute (the JAX-RS request property) holding the request's trace. */
    public static final String ATTRIBUTE = RequestTrace.class.getName();
    private static final ContextKey<RequestTrace> KEY = ContextKey.named("interven-request-trace");

    private final SpanContext own;
    private final Span span;
    private final Context context;
    private final Map<String, String> headers;

    /**
     * @param parent what the span was started under (the caller's remote span context, or none)
     * @param span   the server span; may be a no-op span carrying the parent's context
     * @param own    the gateway's span context: the span's when it has its own span id, else one minted for it
     */
    RequestTrace(Context parent, Span span, SpanContext own) {
        this.own = own;
        this.span = span;
        Span currentSpan = span.getSpanContext().equals(own) ? span : Span.wrap(own);
        this.context = parent.with(currentSpan).with(KEY, this);
        this.headers = OutgoingTraceHeaders.of(own);
    }

    /** A trace of its own, without a span: what a request gets when tracing failed. */
    static RequestTrace untraced() {
        return new RequestTrace(Context.root(), Span.getInvalid(), SpanContext.create(RandomIds.traceId(),
                RandomIds.spanId(), TraceFlags.getDefault(),
                TraceState.getDefault()));
    }

    /** The trace of the request running on this thread, if any. */
    public static Optional<RequestTrace> current() {
        return Optional.ofNullable(Context.current().get(KEY));
    }

    /** The W3C trace id of the request running on this thread; null when none. */
    public static String currentTraceId() {
        return current().map(RequestTrace::traceId).orElse(null);
    }

    /** 32 lower-case hex characters, never all zeros. */
    public String traceId() {
        return own.getTraceId();
    }

    /** The gateway's span id: 16 lower-case hex characters, never all zeros, never the caller's. */
    public String spanId() {
        return own.getSpanId();
    }

    /** {@code 00-<trace id>-<gateway span id>-<flags>}. */
    public String traceparent() {
        return headers.get(IncomingTraceHeaders.TRACEPARENT);
    }

    /** The caller's tracestate as parsed and serialized again; empty when it sent none or an invalid one. */
    public Optional<String> tracestate() {
        return Optional.ofNullable(headers.get(IncomingTraceHeaders.TRACESTATE));
    }

    /** {@code traceparent}, and {@code tracestate} when there is one: to echo, or to send to the next hop. */
    public Map<String, String> headers() {
        return headers;
    }

    public SpanContext spanContext() {
        return own;
    }

    /** Makes this trace current on this thread until the scope is closed. */
    public Scope makeCurrent() {
        return context.makeCurrent();
    }

    /** Names the span, such as {@code POST /v1/scan} (never a raw path). */
    public void name(String name) {
        try {
            span.updateName(name);
        } catch (RuntimeException ignored) {
            // tracing never changes an answer
        }
    }

    /** An attribute of the span: ids and types only, never a value a call carried. */
    public void attribute(String key, String value) {
        if (key == null || value == null) {
            return;
        }
        try {
            span.setAttribute(key, value);
        } catch (RuntimeException ignored) {
            // tracing never changes an answer
        }
    }

    /** Ends the span with the answer's status code; a 5xx marks it as an error. */
    public void end(int status) {
        try {
            span.setAttribute(SpanAttributes.STATUS_CODE, status);
            if (status >= 500) {
                span.setStatus(StatusCode.ERROR);
            }
            span.end();
        } catch (RuntimeException ignored) {
            // tracing never changes an answer
        }
    }

    @Override
    public String toString() {
        return "RequestTrace[" + traceparent() + "]";
    }
}
