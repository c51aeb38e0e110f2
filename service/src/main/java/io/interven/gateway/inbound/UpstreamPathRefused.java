package io.interven.gateway.inbound;

/**
 * An inbound call whose path or query could leave, or be read by the upstream as leaving, the route's upstream
 * base: it is answered 400 {@value #CODE} and never forwarded. The message names the rule that refused it, never the
 * path itself (a path can carry an identifier or a value the caller should not see echoed into logs).
 */
public final class UpstreamPathRefused extends Exception {
    /** The reason code the inbound endpoint answers with. */
    public static final String CODE = "INBOUND_PATH_REFUSED";
    /** The HTTP status the inbound endpoint answers with. */
    public static final int STATUS = 400;

    UpstreamPathRefused(String problem) {
        super(problem, null, false, false);
    }

    /** The reason code, {@value #CODE}. */
    public String code() {
        return CODE;
    }
}
