package io.interven.gateway.telemetry;

import io.opentelemetry.context.Scope;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.slf4j.MDC;

/**
 * Wraps every API request ({@code /v1/*}, {@code /inbound/*}): reads the caller's W3C trace context, starts the
 * server span under it ({@link RequestTracing}), writes the gateway's {@code traceparent} (and a valid
 * {@code tracestate}) on the answer before anything else can answer, so that errors carry it too, keeps the trace
 * as a request attribute ({@link RequestTrace#ATTRIBUTE}) and current on the thread, puts its ids in the log's MDC
 * ({@value #MDC_TRACE_ID}, {@value #MDC_SPAN_ID}) and ends the span with the answer's status once the answer is
 * written. The MDC entries are removed when the request ends.
 */
public final class TraceContextFilter implements Filter {
    public static final String MDC_TRACE_ID = "trace_id";
    public static final String MDC_SPAN_ID = "span_id";
    private static final int FAILED = 500;

    private final RequestTracing tracing;

    public TraceContextFilter(RequestTracing tracing) {
        this.tracing = tracing;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
            chain.doFilter(request, response);
            return;
        }
        RequestTrace trace = tracing.start(http.getMethod(), IncomingTraceHeaders.of(
                lines(http, IncomingTraceHeaders.TRACEPARENT), lines(http, IncomingTraceHeaders.TRACESTATE)));
        trace.headers().forEach(answer::setHeader);
        http.setAttribute(RequestTrace.ATTRIBUTE, trace);
        MDC.put(MDC_TRACE_ID, trace.traceId());
        MDC.put(MDC_SPAN_ID, trace.spanId());
        int status = FAILED;
        try (Scope ignored = trace.makeCurrent()) {
            chain.doFilter(request, response);
            status = answer.getStatus();
        } finally {
            MDC.remove(MDC_TRACE_ID);
            MDC.remove(MDC_SPAN_ID);
            trace.end(status);
        }
    }

    private static List<String> lines(HttpServletRequest request, String name) {
        return request.getHeaders(name) == null ? List.of() : Collections.list(request.getHeaders(name));
    }
}
