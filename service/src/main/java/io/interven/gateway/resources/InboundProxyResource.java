package io.interven.gateway.resources;

import io.dropwizard.auth.Auth;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.Role;
import io.interven.gateway.inbound.InboundProxy;
import io.interven.gateway.inbound.InboundRequest;
import io.interven.gateway.inbound.InboundRoute;
import io.interven.gateway.tenancy.AgentRow;
import io.interven.gateway.tenancy.TenantDirectory;
import io.interven.gateway.tenancy.TenantRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ALL /inbound/{prefix}/*}: the destination-side proxy for SaaS agents (Salesforce Agentforce, HubSpot Breeze,
 * Zendesk AI, Intercom Fin) pointed at the gateway instead of the real API. The caller authenticates with a key of
 * the route's tenant and environment (its route token, or any key with the {@code scan} role), counted by the
 * tenant's rate limit; the call is made as the key's agent. Everything else is {@link InboundProxy}'s: the route,
 * the scan, the forwarding with the stored credential, the streamed answer.
 */
@Path("/inbound/{prefix}{path: (/.*)?}")
@RateLimited
@Consumes(MediaType.WILDCARD)
@RolesAllowed(Role.SCAN_NAME)
public class InboundProxyResource {
    private static final String ROOT = "/inbound/";

    private final RequestJson requests;
    private final AgentResolver agents;
    private final TenantDirectory directory;
    private final InboundProxy proxy;

    public InboundProxyResource(RequestJson requests, AgentResolver agents, TenantDirectory directory,
                                InboundProxy proxy) {
        this.requests = requests;
        this.agents = agents;
        this.directory = directory;
        this.proxy = proxy;
    }

    @GET
    public Response get(@Auth ApiKeyPrincipal key, @BeanParam InboundCallParams call, InputStream body) {
        return handle(key, call, body);
    }

    @HEAD
    public Response head(@Auth ApiKeyPrincipal key, @BeanParam InboundCallParams call, InputStream body) {
        return handle(key, call, body);
    }

    @POST
    public Response post(@Auth ApiKeyPrincipal key, @BeanParam InboundCallParams call, InputStream body) {
        return handle(key, call, body);
    }

    @PUT
    public Response put(@Auth ApiKeyPrincipal key, @BeanParam InboundCallParams call, InputStream body) {
        return handle(key, call, body);
    }

    @PATCH
    public Response patch(@Auth ApiKeyPrincipal key, @BeanParam InboundCallParams call, InputStream body) {
        return handle(key, call, body);
    }

    @DELETE
    public Response delete(@Auth ApiKeyPrincipal key, @BeanParam InboundCallParams call, InputStream body) {
        return handle(key, call, body);
    }

    @OPTIONS
    public Response options(@Auth ApiKeyPrincipal key, @BeanParam InboundCallParams call, InputStream body) {
        return handle(key, call, body);
    }

    private Response handle(ApiKeyPrincipal key, InboundCallParams call, InputStream entity) {
        String method = call.method();
        String prefix = call.prefix();
        UriInfo uri = call.uri();
        HttpHeaders headers = call.headers();
        TenantRow tenant = directory.findTenant(key.tenantId())
                .orElseThrow(() -> new IllegalStateException("key without tenant"));
        String rawPath = uri.getRequestUri().getRawPath();
        String after = rawPath.substring(Math.min(rawPath.length(), ROOT.length() + prefix.length()));
        Map<String, List<String>> received = new LinkedHashMap<>(headers.getRequestHeaders());
        InboundRequest request = new InboundRequest(prefix, method, after, uri.getRequestUri().getRawQuery(),
                received, new byte[0]);
        InboundRoute route = proxy.routeFor(tenant, key.envName(), request);
        InboundRequest withBody = new InboundRequest(prefix, method, after, request.rawQuery(), received,
                requests.readBytes(entity));
        AgentRow agent = agents.resolve(key, null, AgentResolver.Claim.NONE);
        return proxy.handle(tenant, key.envName(), agent, key.ephemeral(), route, withBody, call.trace());
    }
}
