package io.interven.gateway.inbound;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The upstream's answer, as it starts to arrive: status, headers already filtered for the caller
 * ({@link ForwardedHeaders#towardsCaller}) and the body as a stream with its tee. Closing it before the body's end
 * gives up the connection instead of returning it to the route's pool.
 */
public final class UpstreamAnswer implements AutoCloseable {
    private final int status;
    private final Map<String, List<String>> headers;
    private final UpstreamBody body;

    public UpstreamAnswer(int status, Map<String, List<String>> headers, UpstreamBody body) {
        this.status = status;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.body = body;
    }

    public int status() {
        return status;
    }

    /** The headers to hand to the caller (names as the upstream wrote them, in its order). */
    public Map<String, List<String>> headers() {
        return headers;
    }

    public UpstreamBody body() {
        return body;
    }

    @Override
    public void close() throws IOException {
        body.close();
    }

    @Override
    public String toString() {
        return "UpstreamAnswer[" + status + "]";
    }
}
