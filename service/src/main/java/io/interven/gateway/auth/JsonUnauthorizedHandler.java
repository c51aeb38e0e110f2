package io.interven.gateway.auth;

import io.dropwizard.auth.UnauthorizedHandler;
import io.interven.gateway.errors.AuthenticationChallenge;
import io.interven.gateway.errors.ErrorBody;
import io.interven.gateway.errors.ErrorCode;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** 401 with the uniform JSON error body, for a missing, malformed, unknown or revoked key. */
public class JsonUnauthorizedHandler implements UnauthorizedHandler {
    @Override
    public Response buildResponse(String prefix, String realm) {
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, AuthenticationChallenge.HEADER_VALUE)
                // refused before its body is read, the connection cannot be reused: say so to keep-alive clients
                .header("Connection", "close")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(ErrorCode.UNAUTHORIZED.name(),
                        "a valid API key is required: Authorization: Bearer iv_live_...", List.of()))
                .build();
    }
}
