/**
 * W3C Trace Context for the API's requests: a caller's {@code traceparent} and {@code tracestate} are read strictly
 * ({@link IncomingTraceHeaders}, {@link TraceStateSyntax}), a server span is started as their child through the
 * OpenTelemetry API ({@link RequestTracing}; a no-op unless an operator installs an SDK or agent), and the gateway's
 * own span context ({@link RequestTrace}) is echoed to the caller, put in the log's MDC, stored on the scan's trace
 * and forwarded by the inbound proxy ({@link UpstreamTraceHeaders}). Tracing never decides anything: when it fails,
 * the request goes on under a new trace id.
 */
package io.interven.gateway.telemetry;
