package io.interven.gateway.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything unexpected: 500 with an incident id, never a stack trace in the answer. The log names the exception
 * class and where it was thrown, but not its message, which might quote request data.
 */
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        StackTraceElement origin = exception.getStackTrace().length > 0 ? exception.getStackTrace()[0] : null;
        LOG.error("incident {}: unexpected {} at {}", incident, exception.getClass().getName(), origin);
        ErrorBody body = new ErrorBody(ErrorCode.INTERNAL.name(), "internal error, incident " + incident, List.of());
        return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
