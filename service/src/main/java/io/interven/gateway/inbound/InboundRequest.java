package io.interven.gateway.inbound;

import java.util.List;
import java.util.Map;

/**
 * One call of a SaaS agent to {@code /inbound/{prefix}/...}, as received: nothing decoded, nothing filtered yet.
 *
 * @param prefix   the route's prefix
 * @param method   the HTTP method, upper case
 * @param rawPath  what follows {@code /inbound/{prefix}} in the request's path, still percent-encoded
 * @param rawQuery the query as sent, without {@code ?}; null for none
 * @param headers  the request's headers (names in any case)
 * @param body     the body's bytes (already bounded by {@code MAX_BODY_BYTES}); empty for none
 */
public record InboundRequest(String prefix, String method, String rawPath, String rawQuery,
                             Map<String, List<String>> headers, byte[] body) {

    /** The first value of a header, any case of its name; null when absent. */
    public String header(String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey() != null && header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                return header.getValue().get(0);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "InboundRequest[" + method + " /inbound/" + prefix + ", " + body.length + " bytes]";
    }
}
