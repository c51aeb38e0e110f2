package io.interven.gateway.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.api.DecisionHeaders;
import io.interven.gateway.api.ScanResponse;
import io.interven.gateway.auth.EphemeralGrant;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.core.ScanOutcome;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import io.interven.gateway.errors.FieldProblem;
import io.interven.gateway.scan.ResponseReports;
import io.interven.gateway.scan.ScanService;
import io.interven.gateway.tenancy.AgentRow;
import io.interven.gateway.telemetry.RequestTrace;
import io.interven.gateway.telemetry.UpstreamTraceHeaders;
import io.interven.gateway.tenancy.TenantRow;
import io.interven.spi.AgentRef;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The destination-side proxy: one call of a SaaS agent to {@code /inbound/{prefix}/...} is checked against its route,
 * scanned by the same pipeline as {@code /v1/scan} (tool recognized by the upstream's host, policies of the route's
 * environment, signals, the agent's history), and then, only for ALLOW and SANITIZE, forwarded with the route's
 * stored credential injected; the upstream's answer streams back and its start is classified like a
 * {@code /v1/scan/response} report. DENY answers 403 and REQUIRE_APPROVAL 202, both with the scan's JSON answer, and
 * neither reaches the upstream; once approved, the same request goes through once. Every answer after the scan
 * carries the decision headers ({@link DecisionHeaders}).
 *
 * <p>The credential is added by the forwarder after the decision, never seen by the scan, the trace or the caller.
 */
public final class InboundProxy {
    private final InboundRoutes routes;
    private final UpstreamForwarder forwarder;
    private final ScanService scans;
    private final ResponseReports reports;
    private final ObjectMapper mapper;

    public InboundProxy(InboundRoutes routes, UpstreamForwarder forwarder, ScanService scans, ResponseReports reports,
                        ObjectMapper mapper) {
        this.routes = routes;
        this.forwarder = forwarder;
        this.scans = scans;
        this.reports = reports;
        this.mapper = mapper;
    }

    /**
     * The route of a call made with a key of {@code tenant} in {@code envName}: a prefix no route has, or a route of
     * another tenant, answers 404 alike; a route of another environment 403 {@code CROSS_ENVIRONMENT}; a method the
     * route does not forward 405.
     */
    public InboundRoute routeFor(TenantRow tenant, String envName, InboundRequest request) {
        InboundRoute route = routes.byPrefix(request.prefix())
                .filter(r -> r.tenantId().equals(tenant.id()))
                .orElseThrow(() -> ApiException.notFound("inbound route"));
        if (!route.envName().equals(envName)) {
            throw new ApiException(ErrorCode.CROSS_ENVIRONMENT, "the route belongs to environment "
                    + route.envName() + ", the key to " + envName);
        }
        if (!route.allowedMethods().contains(request.method())) {
            throw new ApiException(ErrorCode.METHOD_NOT_ALLOWED, "the route does not forward " + request.method(),
                    List.of(new FieldProblem("method", "must be one of " + new TreeSet<>(
                            route.allowedMethods()))));
        }
        return route;
    }

    /**
     * Scans the call and answers it: forwarded (ALLOW, SANITIZE), refused (DENY, 403) or held for approval (202).
     *
     * <p>The upstream gets the gateway's hop of the request's W3C trace ({@link UpstreamTraceHeaders}) in place of
     * the caller's {@code traceparent} and {@code tracestate}; the scan sees the caller's, as sent.
     *
     * @param ephemeral the scope of the ephemeral key making the call; null for a long-lived key
     * @param trace     the request's trace; null forwards no trace headers
     */
    public Response handle(TenantRow tenant, String envName, AgentRow agent, EphemeralGrant ephemeral,
                           InboundRoute route, InboundRequest request, RequestTrace trace) {
        UpstreamTarget target = resolve(route, request.rawPath(), request.rawQuery());
        CallBody body = CallBody.of(request.body(), request.header("Content-Type"), mapper);
        Map<String, String> scannedHeaders = flat(ForwardedHeaders.fromCaller(request.headers(), route.credential()));
        String url = target.withoutQuery() + (request.rawQuery() == null || request.rawQuery().isEmpty() ? ""
                : "?" + request.rawQuery());
        CallInput input = new CallInput(tenant.id(), envName, tenant.hmacSalt(), request.method(), url,
                scannedHeaders, body.scanned(), request.body().length,
                new AgentRef(agent.id().toString(), agent.name(), agent.runtimeType()), "");
        ScanOutcome outcome = scans.scan(input, ephemeral);
        return switch (outcome.decision()) {
            case DENY -> decided(Response.Status.FORBIDDEN, outcome);
            case REQUIRE_APPROVAL -> decided(Response.Status.ACCEPTED, outcome);
            case ALLOW -> forward(tenant, envName, route, outcome, withTrace(
                    new UpstreamRequest(request.method(), target, request.headers(), body.raw()), trace));
            case SANITIZE -> forward(tenant, envName, route, outcome,
                    withTrace(sanitized(route, request, body, outcome), trace));
        };
    }

    /** The call with the gateway's trace headers in place of the caller's (sanitized or not). */
    private static UpstreamRequest withTrace(UpstreamRequest call, RequestTrace trace) {
        return new UpstreamRequest(call.method(), call.target(), UpstreamTraceHeaders.replace(call.headers(), trace),
                call.body());
    }

    /** The call as the scan sanitized it: its sanitized body, URL and headers, checked again like the original. */
    private UpstreamRequest sanitized(InboundRoute route, InboundRequest request, CallBody body, ScanOutcome outcome) {
        UpstreamTarget target;
        if (outcome.sanitized() != null && outcome.sanitized().url() != null) {
            URI url = URI.create(outcome.sanitized().url());
            String basePath = route.upstreamBaseUrl().getRawPath() == null ? "" : route.upstreamBaseUrl().getRawPath();
            String path = url.getRawPath() == null ? "" : url.getRawPath();
            if (!path.startsWith(basePath)) {
                throw refused();
            }
            target = resolve(route, path.substring(basePath.length()), url.getRawQuery());
        } else {
            target = resolve(route, request.rawPath(), request.rawQuery());
        }
        Map<String, List<String>> headers = new LinkedHashMap<>(ForwardedHeaders.fromCaller(request.headers(),
                route.credential()));
        if (outcome.sanitized() != null && outcome.sanitized().headers() != null) {
            outcome.sanitized().headers().forEach((name, value) -> {
                if (headers.containsKey(name)) {
                    headers.put(name, List.of(value));
                }
            });
        }
        byte[] bytes = outcome.sanitized() == null ? body.raw() : body.sanitized(outcome.sanitized().body(), mapper);
        return new UpstreamRequest(request.method(), target, headers, bytes);
    }

    private Response forward(TenantRow tenant, String envName, InboundRoute route, ScanOutcome outcome,
                             UpstreamRequest call) {
        UpstreamAnswer answer;
        try {
            answer = forwarder.forward(route, call);
        } catch (UpstreamFailure failure) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", failure.code());
            error.put("message", failure.getMessage());
            error.put("details", List.of()); // every error has the same shape (docs/api.md, "Errors")
            error.put("trace_id", outcome.traceId());
            Response.ResponseBuilder builder = Response.status(failure.status()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(error);
            DecisionHeaders.write(outcome.decision().name(), outcome.traceId(), outcome.reasonCodes(),
                    builder::header);
            return builder.build();
        }
        Response.ResponseBuilder builder = Response.status(answer.status());
        answer.headers().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        DecisionHeaders.write(outcome.decision().name(), outcome.traceId(), outcome.reasonCodes(), builder::header);
        if (call.method().equals("HEAD")) {
            try {
                answer.close();
            } catch (IOException ignored) {
                // nothing was to be read
            }
            return builder.build();
        }
        return builder.entity(new RelayedAnswer(answer, new AnswerReport(reports, tenant, envName, outcome.traceId(),
                mapper), route.responseTimeout())).build();
    }

    private static Response decided(Response.Status status, ScanOutcome outcome) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ScanResponse.of(outcome))
                .build();
    }

    private static UpstreamTarget resolve(InboundRoute route, String rawPath, String rawQuery) {
        try {
            return UpstreamTarget.resolve(route.upstreamBaseUrl(), rawPath, rawQuery, route.credential());
        } catch (UpstreamPathRefused e) {
            throw refused();
        }
    }

    private static ApiException refused() {
        return new ApiException(ErrorCode.INBOUND_PATH_REFUSED, "the path or query could leave the route's "
                + "upstream base; it was not forwarded");
    }

    private static Map<String, String> flat(Map<String, List<String>> headers) {
        Map<String, String> flat = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> flat.merge(name, String.join(", ", values), (a, b) -> a + ", " + b));
        return new LinkedHashMap<>(flat);
    }
}
