package io.interven.gateway.errors;

/** The stable {@code code} of every error body, with the HTTP status it is answered with. */
public enum ErrorCode {
    VALIDATION_FAILED(400),
    UNAUTHORIZED(401),
    REPLAYED(401),
    FORBIDDEN(403),
    CROSS_TENANT(403),
    CROSS_ENVIRONMENT(403),
    NOT_FOUND(404),
    CONFLICT(409),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    RATE_LIMITED(429),
    INTERNAL(500);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
