package io.interven.gateway.request;

import java.io.IOException;

/**
 * Why a request's body was refused before the request was handled (too large on the wire, too slow, too late, no
 * room to hold it: see {@code server.BodyReadAhead}): the failure its reader gets, carrying the answer
 * {@link BoundedBody} then gives, so that the refusal is answered like any other error of that request.
 */
public final class BodyNotReceived extends IOException {
    private final RuntimeException answer;

    public BodyNotReceived(RuntimeException answer) {
        super(answer.getMessage());
        this.answer = answer;
    }

    /** No stack: it says what was refused, not where. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    /** The exception the body's reader throws, mapped to the answer as usual. */
    public RuntimeException answer() {
        return answer;
    }
}
