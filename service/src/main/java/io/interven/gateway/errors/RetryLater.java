package io.interven.gateway.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A 503 answer: the uniform JSON error body and a {@code Retry-After} of a few seconds. */
public final class RetryLater {
    /** Seconds a client should wait before retrying: an outage or a full trace buffer seldom ends sooner. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private RetryLater() {
    }

    static Response answer(ErrorCode code, String message) {
        return Response.status(code.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(new ErrorBody(code.name(), message, List.of()))
                .build();
    }
}
