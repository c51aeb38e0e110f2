package io.interven.gateway.resources;

import io.interven.gateway.telemetry.RequestTrace;
import io.interven.gateway.telemetry.TraceContextFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

/** What every method of {@code /inbound/{prefix}/...} reads of its request, whatever the HTTP method. */
public class InboundCallParams {
    @PathParam("prefix")
    private String prefix;
    @Context
    private UriInfo uri;
    @Context
    private HttpHeaders headers;
    @Context
    private Request request;
    @Context
    private HttpServletRequest servletRequest;

    String prefix() {
        return prefix;
    }

    UriInfo uri() {
        return uri;
    }

    HttpHeaders headers() {
        return headers;
    }

    /** The request's W3C trace ({@link TraceContextFilter}); null when it has none. */
    RequestTrace trace() {
        return servletRequest != null && servletRequest.getAttribute(RequestTrace.ATTRIBUTE) instanceof RequestTrace t
                ? t : null;
    }

    /** The HTTP method, upper case. */
    String method() {
        return request.getMethod();
    }
}
