package io.interven.gateway.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Turns JAX-RS errors (unknown path, wrong method, role refused, ...) into the uniform JSON error body. */
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        ErrorCode code = ErrorCode.forStatus(status);
        String message = switch (status) {
            case 403 -> "this key's roles do not allow this request";
            case 404 -> "no such resource";
            case 405 -> "method not allowed on this resource";
            default -> status >= 500 ? "internal error" : "request rejected";
        };
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(code.name(), message, java.util.List.of()));
        if (status == 401 || status == 403) {
            // refused before its body is read, the connection cannot be reused: say so to keep-alive clients
            answer.header("Connection", "close");
        }
        exception.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> answer.header(name, value));
            }
        });
        return answer.build();
    }
}
