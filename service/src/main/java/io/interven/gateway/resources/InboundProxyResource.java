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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
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
@Path("/inbound/{prefix}")
@RateLimited
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
    @Path("{path: .*}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.SCAN_NAME)
    public Response get(@Auth ApiKeyPrincipal key, @PathParam("prefix") String prefix, @Context UriInfo uri,
                        @Context HttpHeaders headers, InputStream body) {
        return handle("GET", key, prefix, uri, headers, body);
    }

    @HEAD
    @Path("{path: .*}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.SCAN_NAME)
    public Response head(@Auth ApiKeyPrincipal key, @PathParam("prefix") String prefix, @Context UriInfo uri,
                         @Context HttpHeaders headers, InputStream body) {
        return handle("HEAD", key, prefix, uri, headers, body);
    }

    @POST
    @Path("{path: .*}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.SCAN_NAME)
    public Response post(@Auth ApiKeyPrincipal key, @PathParam("prefix") String prefix, @Context UriInfo uri,
                         @Context HttpHeaders headers, InputStream body) {
        return handle("POST", key, prefix, uri, headers, body);
    }

    @PUT
    @Path("{path: .*}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.SCAN_NAME)
    public Response put(@Auth ApiKeyPrincipal key, @PathParam("prefix") String prefix, @Context UriInfo uri,
                        @Context HttpHeaders headers, InputStream body) {
        return handle("PUT", key, prefix, uri, headers, body);
    }

    @PATCH
    @Path("{path: .*}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.SCAN_NAME)
    public Response patch(@Auth ApiKeyPrincipal key, @PathParam("prefix") String prefix, @Context UriInfo uri,
                          @Context HttpHeaders headers, InputStream body) {
        return handle("PATCH", key, prefix, uri, headers, body);
    }

    @DELETE
    @Path("{path: .*}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.SCAN_NAME)
    public Response delete(@Auth ApiKeyPrincipal key, @PathParam("prefix") String prefix, @Context UriInfo uri,
                           @Context HttpHeaders headers, InputStream body) {
        return handle("DELETE", key, prefix, uri, headers, body);
    }

    @OPTIONS
    @Path("{path: .*}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.SCAN_NAME)
    public Response options(@Auth ApiKeyPrincipal key, @PathParam("prefix") String prefix, @Context UriInfo uri,
                            @Context HttpHeaders headers, InputStream body) {
        return handle("OPTIONS", key, prefix, uri, headers, body);
    }

    private Response handle(String method, ApiKeyPrincipal key, String prefix, UriInfo uri, HttpHeaders headers,
                            InputStream entity) {
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
        return proxy.handle(tenant, key.envName(), agent, key.ephemeral(), route, withBody);
    }
}
