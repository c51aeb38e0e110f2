package io.interven.gateway.inbound;

import io.interven.gateway.api.DecisionHeaders;
import io.interven.gateway.telemetry.RequestTrace;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Every answer of the inbound proxy carries {@code X-Interven-Decision} and {@code X-Interven-Trace-Id}, as the API
 * reference says, also the refusals answered before any scan (401, 404, 405, 400, 413, 415, 429, 5xx): they are
 * written here first, as DENY (the call did not reach its upstream) with the request's W3C trace id as a UUID (the
 * {@code traceparent} echoed on the answer and the log's {@code trace_id} hold the same 32 hex digits), and a scanned
 * call's answer replaces both with its decision and the id of its stored trace. Calls the gateway refused carry no
 * {@code X-Interven-Reasons}: no risk was found, nothing was read.
 */
public final class RefusalDecisionHeaders implements Filter {
    static final String REFUSED = "DENY";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse answer) {
            answer.setHeader(DecisionHeaders.DECISION, REFUSED);
            answer.setHeader(DecisionHeaders.TRACE_ID, idOf(request.getAttribute(RequestTrace.ATTRIBUTE)).toString());
        }
        chain.doFilter(request, response);
    }

    /** The request's W3C trace id (32 hex digits) read as a UUID; a random one when the request has none. */
    static UUID idOf(Object trace) {
        if (trace instanceof RequestTrace traced && traced.traceId().length() == 32) {
            try {
                byte[] bytes = HexFormat.of().parseHex(traced.traceId());
                long high = 0;
                long low = 0;
                for (int i = 0; i < 8; i++) {
                    high = high << 8 | (bytes[i] & 0xFF);
                    low = low << 8 | (bytes[i + 8] & 0xFF);
                }
                return new UUID(high, low);
            } catch (IllegalArgumentException notHex) {
                return UUID.randomUUID();
            }
        }
        return UUID.randomUUID();
    }
}
