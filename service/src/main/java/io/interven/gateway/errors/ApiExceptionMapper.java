package io.interven.gateway.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Answers an {@link ApiException} with its status and JSON body; a 503 also says when to retry. */
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {
    @Override
    public Response toResponse(ApiException exception) {
        if (exception.code().status() == 503) {
            return RetryLater.answer(exception.code(), exception.getMessage());
        }
        return Response.status(exception.code().status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(exception.body())
                .build();
    }
}
