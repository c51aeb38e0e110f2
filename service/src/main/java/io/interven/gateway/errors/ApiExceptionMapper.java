package io.interven.gateway.errors;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Answers an {@link ApiException} with its status and JSON body; a 503 that ends by itself also says when to retry
 * ({@link ErrorCode#retryLater()}; a missing master key does not end by itself); a 401 also carries
 * the authentication challenge and closes the connection (it may be answered before the request's body was read).
 */
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {
    @Override
    public Response toResponse(ApiException exception) {
        if (exception.code().retryLater()) {
            return RetryLater.answer(exception.code(), exception.getMessage());
        }
        Response.ResponseBuilder answer = Response.status(exception.code().status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(exception.body());
        if (exception.code().status() == Response.Status.UNAUTHORIZED.getStatusCode()) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, AuthenticationChallenge.HEADER_VALUE)
                    .header("Connection", "close");
        }
        return answer.build();
    }
}
