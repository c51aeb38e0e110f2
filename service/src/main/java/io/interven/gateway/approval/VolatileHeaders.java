package io.interven.gateway.approval;

import java.util.Locale;
import java.util.Set;

/**
 * Headers that change from one sending of the same call to the next, and so are left out of the identity an
 * approval is bound to: {@code Date}, {@code User-Agent}, {@code Content-Length}, request ids
 * ({@code X-Request-Id}, {@code X-Amzn-Trace-Id}, {@code X-Correlation-Id}) and trace context
 * ({@code traceparent}, {@code tracestate}, {@code b3}, {@code X-B3-*}). Names are compared without case.
 */
public final class VolatileHeaders {
    static final Set<String> NAMES = Set.of("date", "user-agent", "content-length", "x-request-id",
            "x-amzn-trace-id", "x-correlation-id", "traceparent", "tracestate", "b3");
    static final String B3_PREFIX = "x-b3-";

    private VolatileHeaders() {
    }

    public static boolean isVolatile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return NAMES.contains(lower) || lower.startsWith(B3_PREFIX);
    }
}
