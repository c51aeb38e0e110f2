package io.interven.gateway.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/** Turns JAX-RS errors (unknown path, wrong method, role refused, ...) into the uniform JSON error body. */
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        ErrorCode code = ErrorCode.forStatus(status);
        ErrorBody body = switch (status) {
            case 403 -> new ErrorBody(code.name(), "this key's roles do not allow this request", List.of());
            case 404, 405, 406 -> ProtocolErrors.bodyFor(status);
            default -> new ErrorBody(code.name(), status >= 500 ? "internal error" : "request rejected", List.of());
        };
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
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
