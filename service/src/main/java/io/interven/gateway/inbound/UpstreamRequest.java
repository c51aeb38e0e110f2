package io.interven.gateway.inbound;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call to forward: the method, where to ({@link UpstreamTarget#resolve}), the caller's headers as received (the
 * forwarder filters them, {@link ForwardedHeaders#towardsUpstream}) and the body to send, byte for byte: the body
 * the scan let through, or its sanitized form. The array is sent as it is, not copied: it must not change until
 * {@link UpstreamForwarder#forward} returns.
 *
 * @param method  the HTTP method, upper case, one of the route's allowed methods
 * @param target  the upstream URI, checked
 * @param headers the caller's request headers (names in any case)
 * @param body    the body to send; empty for none
 */
public record UpstreamRequest(String method, UpstreamTarget target, Map<String, List<String>> headers, byte[] body) {
    public UpstreamRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        headers = headers == null ? Map.of() : headers;
        body = body == null ? new byte[0] : body;
    }

    @Override
    public String toString() {
        return "UpstreamRequest[" + method + " " + target.withoutQuery() + ", " + body.length + " bytes]";
    }
}
