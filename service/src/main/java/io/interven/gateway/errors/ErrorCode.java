package io.interven.gateway.errors;

/** The stable {@code code} of every error body, with the HTTP status it is answered with. */
public enum ErrorCode {
    VALIDATION_FAILED(400),
    /** An inbound call's path or query could leave its route's upstream base; nothing was forwarded. */
    INBOUND_PATH_REFUSED(400),
    UNAUTHORIZED(401),
    REPLAYED(401),
    BAD_SIGNATURE(401),
    FORBIDDEN(403),
    CROSS_TENANT(403),
    CROSS_ENVIRONMENT(403),
    NOT_FOUND(404),
    /** The inbound route does not forward this HTTP method. */
    METHOD_NOT_ALLOWED(405),
    CONFLICT(409),
    /** The inbound route prefix is taken, by this tenant or another: the namespace of prefixes is global. */
    PREFIX_TAKEN(409),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    RATE_LIMITED(429),
    INTERNAL(500),
    /** The database cannot be reached right now (stopped, restarting, out of connections); retry later. */
    DATABASE_UNAVAILABLE(503),
    /** Every place for a trace not yet written is taken; a scan is not decided when it could not be audited. */
    TRACE_BUFFER_FULL(503),
    /** The request bodies still arriving fill the memory set aside for them; a new one is refused until some end. */
    BODY_BUFFER_FULL(503),
    /** No master key is configured, so no inbound route credential can be encrypted; retrying does not help. */
    MASTER_KEY_MISSING(503);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /**
     * True for a 503 that ends by itself (the database is back, traces are written, bodies finish arriving): answered
     * with Retry-After.
     */
    public boolean retryLater() {
        return this == DATABASE_UNAVAILABLE || this == TRACE_BUFFER_FULL || this == BODY_BUFFER_FULL;
    }

    /** The code of an answer with this HTTP status that no more specific code describes. */
    public static ErrorCode forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 505 -> VALIDATION_FAILED;
            default -> status >= 500 ? INTERNAL : VALIDATION_FAILED;
        };
    }
}
