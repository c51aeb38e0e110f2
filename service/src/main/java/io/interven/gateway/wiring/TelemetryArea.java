package io.interven.gateway.wiring;

import io.interven.gateway.resources.ServerSpanFilter;
import io.interven.gateway.telemetry.RequestTracing;
import io.interven.gateway.telemetry.TraceContextFilter;
import io.opentelemetry.api.OpenTelemetry;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;

/**
 * W3C Trace Context on the API ({@code /v1/*}, {@code /inbound/*}): the caller's {@code traceparent} is honoured
 * and the gateway's echoed on every answer, errors included ({@link TraceContextFilter}, in front of everything
 * else); the server span is named after its route and described in ids ({@link ServerSpanFilter}). Spans go to the
 * OpenTelemetry instance given: the global one unless the application was built with another.
 */
public final class TelemetryArea {
    static final String[] TRACED_PATHS = {"/v1/*", "/inbound/*"};

    private TelemetryArea() {
    }

    public static void wire(Foundation base, OpenTelemetry telemetry) {
        base.environment().servlets().addFilter("trace-context", new TraceContextFilter(new RequestTracing(telemetry)))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, TRACED_PATHS);
        base.register(new ServerSpanFilter());
    }
}
