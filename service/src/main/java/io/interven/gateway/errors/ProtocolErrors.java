package io.interven.gateway.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON bodies of errors the HTTP server answers by itself, before any resource runs: a malformed request line
 * or escape (400), an unknown path (404), no acceptable media type (406), an expectation it cannot meet (417),
 * a URI or headers too large (414, 431), an unsupported HTTP version (426, 505).
 * The message is fixed per status: never the server's own reason text, which may quote the request.
 */
public final class ProtocolErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProtocolErrors() {
    }

    public static ErrorBody bodyFor(int status) {
        ErrorCode code = ErrorCode.forStatus(status);
        return switch (status) {
            case 400 -> new ErrorBody(code.name(), "the HTTP request is malformed",
                    List.of(new FieldProblem("request", "is not a well-formed HTTP request (request line, "
                            + "percent-escapes or headers)")));
            case 404 -> new ErrorBody(code.name(), "no such resource", List.of());
            case 405 -> new ErrorBody(code.name(), "method not allowed on this resource", List.of());
            case 406 -> new ErrorBody(code.name(), "no media type the request accepts can be answered",
                    List.of(new FieldProblem("Accept", "must accept application/json")));
            case 408 -> new ErrorBody(code.name(), "the request was not received in time", List.of());
            case 413 -> new ErrorBody(code.name(), "the request is too large", List.of());
            case 417 -> new ErrorBody(code.name(), "the request's expectation cannot be met",
                    List.of(new FieldProblem("Expect", "only 100-continue is supported")));
            case 414 -> new ErrorBody(code.name(), "the request URI is too long",
                    List.of(new FieldProblem("uri", "is longer than the server accepts")));
            case 431 -> new ErrorBody(code.name(), "the request headers are too large",
                    List.of(new FieldProblem("headers", "are larger than the server accepts")));
            case 426 -> new ErrorBody(code.name(), "HTTP/2 is not served on this port",
                    List.of(new FieldProblem("http_version", "must be HTTP/1.0, HTTP/1.1")));
            case 505 -> new ErrorBody(code.name(), "the HTTP version is not supported",
                    List.of(new FieldProblem("http_version", "must be HTTP/1.0, HTTP/1.1")));
            default -> new ErrorBody(code.name(), status >= 500 ? "internal error" : "request rejected", List.of());
        };
    }

    /** {@link #bodyFor} as UTF-8 JSON. */
    public static byte[] jsonFor(int status) {
        try {
            return JSON.writeValueAsBytes(bodyFor(status));
        } catch (JsonProcessingException e) {
            return ("{\"code\":\"INTERNAL\",\"message\":\"internal error\",\"details\":[]}")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
