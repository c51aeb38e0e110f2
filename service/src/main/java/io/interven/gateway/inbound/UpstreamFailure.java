package io.interven.gateway.inbound;

/**
 * A forwarded call that got no answer from its upstream. The message names the route and the upstream's host, and
 * never its path, query or credential; no cause is chained, so that no library's message (which may quote the URL,
 * and with it a query credential) reaches a log or an answer through it.
 */
public final class UpstreamFailure extends Exception {

    /** Why there is no answer, with the status and code the inbound endpoint answers with. */
    public enum Kind {
        /** No connection was made (refused, unknown host, no connection within the route's connect timeout): the
         * request never reached the upstream. */
        UNREACHABLE(502, "UPSTREAM_UNREACHABLE"),
        /** The request was sent and no answer started within the route's response timeout: it may have been acted
         * on. */
        TIMEOUT(504, "UPSTREAM_TIMEOUT"),
        /** The connection failed after it was made (reset, closed without an answer, TLS refused, a malformed
         * answer), or the gateway is stopping. */
        FAILED(502, "UPSTREAM_FAILED"),
        /** The upstream's host resolves to an address routes may not reach (link-local, or private when the operator
         * has not allowed them): nothing was sent. */
        REFUSED(502, "UPSTREAM_ADDRESS_REFUSED");

        private final int status;
        private final String code;

        Kind(int status, String code) {
            this.status = status;
            this.code = code;
        }

        public int status() {
            return status;
        }

        public String code() {
            return code;
        }
    }

    private final Kind kind;

    UpstreamFailure(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status to answer with: 502 or 504. */
    public int status() {
        return kind.status();
    }

    /** The error code to answer with: {@code UPSTREAM_UNREACHABLE}, {@code UPSTREAM_TIMEOUT} or {@code UPSTREAM_FAILED}. */
    public String code() {
        return kind.code();
    }
}
