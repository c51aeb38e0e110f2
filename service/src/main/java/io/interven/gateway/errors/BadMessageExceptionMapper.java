package io.interven.gateway.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.eclipse.jetty.http.BadMessageException;

/**
 * A request the server gave up on while a resource was reading it (a body slower than the minimum data rate: 408,
 * a broken chunked body: 400): its status with the uniform JSON body, and the connection is closed.
 */
public class BadMessageExceptionMapper implements ExceptionMapper<BadMessageException> {
    @Override
    public Response toResponse(BadMessageException exception) {
        int status = exception.getCode() >= 400 && exception.getCode() < 600 ? exception.getCode() : 400;
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Connection", "close")
                .entity(ProtocolErrors.bodyFor(status))
                .build();
    }
}
