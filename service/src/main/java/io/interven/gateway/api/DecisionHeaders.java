package io.interven.gateway.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The answer headers that carry a decision, for callers that read headers only (a proxy in front of an agent, the
 * inbound proxy's caller, whose body is the upstream's): {@value #DECISION} ({@code ALLOW}, {@code DENY},
 * {@code SANITIZE}, {@code REQUIRE_APPROVAL}), {@value #TRACE_ID}, and {@value #REASONS} (the reason codes,
 * comma-separated) when there are any. One writer, so that {@code /v1/scan}, {@code /v1/a2a/scan} and the inbound
 * proxy write them alike.
 *
 * <p>A reason code that is not a plain token (letters, digits, {@code _ . : -}; a signal plugin may name its own
 * codes) is left out of the header, which must stay one line of comma-separated codes; the JSON answer keeps it.
 */
public final class DecisionHeaders {
    public static final String DECISION = "X-Interven-Decision";
    public static final String TRACE_ID = "X-Interven-Trace-Id";
    public static final String REASONS = "X-Interven-Reasons";
    private static final Pattern PLAIN_CODE = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    private DecisionHeaders() {
    }

    /** Writes the headers of a scan's answer with {@code header} (a response builder's or a header map's setter). */
    public static void write(ScanResponse answer, BiConsumer<String, String> header) {
        write(answer.decision(), answer.traceId(), answer.reasonCodes(), header);
    }

    /**
     * Writes the headers of a decision: {@value #DECISION} and {@value #TRACE_ID} always, {@value #REASONS} when a
     * reason code is left to list.
     */
    public static void write(String decision, UUID traceId, List<String> reasonCodes,
                             BiConsumer<String, String> header) {
        header.accept(DECISION, decision);
        header.accept(TRACE_ID, traceId.toString());
        String reasons = reasons(reasonCodes);
        if (!reasons.isEmpty()) {
            header.accept(REASONS, reasons);
        }
    }

    /** The plain reason codes, each once, in the answer's order, comma-separated; empty when none. */
    static String reasons(List<String> reasonCodes) {
        Set<String> plain = new LinkedHashSet<>();
        if (reasonCodes != null) {
            for (String code : reasonCodes) {
                if (code != null && PLAIN_CODE.matcher(code).matches()) {
                    plain.add(code);
                }
            }
        }
        return String.join(",", plain);
    }
}
