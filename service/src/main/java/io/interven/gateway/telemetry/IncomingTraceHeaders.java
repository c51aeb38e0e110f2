package io.interven.gateway.telemetry;

import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request's {@code traceparent} and {@code tracestate}, kept only when they may be handed to the W3C propagator:
 * exactly one {@code traceparent} line of at most {@value #MAX_TRACEPARENT} visible ASCII characters (two lines,
 * however equal, are ambiguous and dropped), and the {@code tracestate} lines, joined with {@code ,}, only when they
 * pass {@link TraceStateSyntax}. The propagator then checks the rest (version, lower-case hex, ids not all zeros).
 * Nothing here logs or keeps a value that was dropped.
 */
public record IncomingTraceHeaders(String traceparent, String tracestate) {
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    /** Version 00 is 55 characters; a later version may add fields, never this many. */
    static final int MAX_TRACEPARENT = 512;

    /** What a {@link io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator} reads these from. */
    static final TextMapGetter<IncomingTraceHeaders> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(IncomingTraceHeaders carrier) {
            List<String> keys = new ArrayList<>(2);
            if (carrier.traceparent() != null) {
                keys.add(TRACEPARENT);
            }
            if (carrier.tracestate() != null) {
                keys.add(TRACESTATE);
            }
            return keys;
        }

        @Override
        public String get(IncomingTraceHeaders carrier, String key) {
            if (carrier == null || key == null) {
                return null;
            }
            return switch (key) {
                case TRACEPARENT -> carrier.traceparent();
                case TRACESTATE -> carrier.tracestate();
                default -> null;
            };
        }
    };

    /** No trace context: a new trace is started. */
    public static IncomingTraceHeaders none() {
        return new IncomingTraceHeaders(null, null);
    }

    /**
     * @param traceparents every {@code traceparent} line of the request, in order (null or empty for none)
     * @param tracestates  every {@code tracestate} line of the request, in order (null or empty for none)
     */
    public static IncomingTraceHeaders of(List<String> traceparents, List<String> tracestates) {
        String traceparent = traceparents == null || traceparents.size() != 1 ? null : traceparents.get(0);
        if (traceparent == null || traceparent.length() > MAX_TRACEPARENT || !isVisibleAscii(traceparent)) {
            return none();
        }
        String tracestate = tracestates == null || tracestates.isEmpty()
                || tracestates.stream().anyMatch(Objects::isNull) ? null
                : String.join(",", tracestates);
        return new IncomingTraceHeaders(traceparent, TraceStateSyntax.isValid(tracestate) ? tracestate : null);
    }

    /** The same from a header map whose names may be in any case. */
    public static IncomingTraceHeaders of(Map<String, ? extends List<String>> headers) {
        List<String> traceparents = new ArrayList<>();
        List<String> tracestates = new ArrayList<>();
        headers.forEach((name, values) -> {
            if (name == null || values == null) {
                return;
            }
            if (name.equalsIgnoreCase(TRACEPARENT)) {
                traceparents.addAll(values);
            } else if (name.equalsIgnoreCase(TRACESTATE)) {
                tracestates.addAll(values);
            }
        });
        return of(traceparents, tracestates);
    }

    private static boolean isVisibleAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "IncomingTraceHeaders[traceparent " + (traceparent == null ? "absent" : "present") + ", tracestate "
                + (tracestate == null ? "absent" : "present") + "]";
    }
}
