package io.interven.gateway.resources;

import io.interven.gateway.api.DecisionHeaders;
import io.interven.gateway.api.ScanResponse;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.telemetry.RequestTrace;
import io.interven.gateway.telemetry.SpanAttributes;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * Names the request's server span after its route template ({@code POST /v1/scan},
 * {@code GET /v1/traces/{trace_id}}, {@code POST /inbound/{prefix}{path}}: never the raw path, which holds ids and
 * the inbound call's own path) and adds what the answer says in ids and types: the key's tenant, the decision, the
 * recognized tool and the scan's audit trace id. Runs for every answer Jersey gives, errors included; an answer the
 * route was not found for keeps the method as its name. Never changes an answer.
 */
@Priority(1)
public class ServerSpanFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(RequestTrace.ATTRIBUTE) instanceof RequestTrace trace)) {
            return;
        }
        try {
            describe(trace, request, response);
        } catch (RuntimeException ignored) {
            // tracing never changes an answer
        }
    }

    private static void describe(RequestTrace trace, ContainerRequestContext request,
                                 ContainerResponseContext response) {
        String route = request.getUriInfo() instanceof ExtendedUriInfo uri ? route(uri.getMatchedTemplates()) : null;
        Principal caller = request.getSecurityContext() == null ? null
                : request.getSecurityContext().getUserPrincipal();
        describe(trace, request.getMethod(), route, caller, response.getEntity(), response::getHeaderString);
    }

    /**
     * Names the span {@code method route} (when the route is known) and adds the caller's tenant and what the answer
     * says: a scan answer's decision, tool and trace id, or else the decision headers'. Never throws on what a
     * request holds; for answers given in front of Jersey too.
     */
    public static void describe(RequestTrace trace, String method, String route, Principal caller, Object entity,
                                UnaryOperator<String> responseHeader) {
        if (route != null) {
            trace.name(method + " " + route);
            trace.attribute(SpanAttributes.ROUTE, route);
        }
        if (caller instanceof ApiKeyPrincipal key) {
            trace.attribute(SpanAttributes.TENANT_ID, key.tenantId().toString());
        }
        if (entity instanceof ScanResponse answer) {
            trace.attribute(SpanAttributes.DECISION, answer.decision());
            trace.attribute(SpanAttributes.TOOL, answer.toolName());
            trace.attribute(SpanAttributes.SCAN_TRACE_ID, answer.traceId() == null ? null
                    : answer.traceId().toString());
        } else {
            trace.attribute(SpanAttributes.DECISION, responseHeader.apply(DecisionHeaders.DECISION));
            trace.attribute(SpanAttributes.SCAN_TRACE_ID, uuidOrNull(responseHeader.apply(DecisionHeaders.TRACE_ID)));
        }
    }

    /** The matched templates, root resource first, joined; their regular expressions left out. Null when none. */
    static String route(List<UriTemplate> matched) {
        if (matched == null || matched.isEmpty()) {
            return null;
        }
        StringBuilder route = new StringBuilder();
        for (int i = matched.size() - 1; i >= 0; i--) {
            String template = matched.get(i).getTemplate();
            if (!template.isEmpty() && !template.startsWith("/") && (route.length() == 0
                    || route.charAt(route.length() - 1) != '/')) {
                route.append('/');
            }
            route.append(withoutPatterns(template));
        }
        return route.toString();
    }

    /** {@code {path: (/.*)?}} as {@code {path}}. */
    static String withoutPatterns(String template) {
        StringBuilder plain = new StringBuilder(template.length());
        int depth = 0;
        boolean inPattern = false;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    inPattern = false;
                    plain.append(c);
                }
                continue;
            }
            if (c == '}') {
                depth = Math.max(0, depth - 1);
                if (depth == 0) {
                    plain.append(c);
                }
                continue;
            }
            if (depth == 1 && c == ':') {
                inPattern = true;
            }
            if (depth == 0 || (!inPattern && !Character.isWhitespace(c))) {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    private static String uuidOrNull(String text) {
        try {
            return text == null ? null : UUID.fromString(text).toString();
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
