package io.interven.gateway.resources;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.auth.Auth;
import io.interven.gateway.api.InboundRouteView;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.Role;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.inbound.CredentialCipher;
import io.interven.gateway.inbound.InboundRouteRow;
import io.interven.gateway.inbound.InboundRouteStore;
import io.interven.gateway.inbound.InboundRoutes;
import io.interven.gateway.inbound.RouteDraft;
import io.interven.gateway.inbound.RouteRules;
import io.interven.gateway.request.RequestReader;
import io.interven.gateway.tenancy.TenantDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * {@code /v1/admin/inbound-routes} (admin): create ({@code POST}), list ({@code GET}), read, replace and delete
 * ({@code GET}, {@code PUT}, {@code DELETE /{prefix}}) the tenant's inbound routes. No answer ever holds a credential:
 * only its type and, for a header or query credential, its name. Another tenant's route answers 404 as a missing
 * one; creating a prefix any tenant has answers 409 {@code PREFIX_TAKEN}, which tells only that the prefix is taken
 * (prefixes are one namespace of paths for the whole gateway). An operator key acts in the tenant named by
 * {@code tenant_id} (in the body, or {@code ?tenant_id=} for the others); any other key in its own.
 */
@Path("/v1/admin/inbound-routes")
@Produces(MediaType.APPLICATION_JSON)
public class InboundRouteAdminResource {
    private final RequestJson json;
    private final InboundRoutes routes;
    private final InboundRouteStore store;
    private final CredentialCipher cipher;
    private final TenantDirectory directory;
    private final TenantScope scope;
    private final boolean allowPlainHttp;

    public InboundRouteAdminResource(RequestJson json, InboundRoutes routes, InboundRouteStore store,
                                     CredentialCipher cipher, TenantDirectory directory, TenantScope scope,
                                     boolean allowPlainHttp) {
        this.json = json;
        this.routes = routes;
        this.store = store;
        this.cipher = cipher;
        this.directory = directory;
        this.scope = scope;
        this.allowPlainHttp = allowPlainHttp;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(@Auth ApiKeyPrincipal key, InputStream entity) {
        JsonNode body = json.read(entity);
        RequestReader in = new RequestReader(body);
        UUID tenantId = scope.resolve(key, in);
        RouteDraft draft = InboundRouteRequestReader.forCreate(body, in, environmentsOf(tenantId), allowPlainHttp);
        cipher.requireMasterKey();
        return Response.status(201).entity(view(routes.create(tenantId, draft))).build();
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public List<InboundRouteView> list(@Auth ApiKeyPrincipal key, @QueryParam("tenant_id") String tenantId) {
        return store.list(scope.resolve(key, tenantId)).stream().map(InboundRouteAdminResource::view).toList();
    }

    @GET
    @Path("/{prefix}")
    @RolesAllowed(Role.ADMIN_NAME)
    public InboundRouteView read(@Auth ApiKeyPrincipal key, @PathParam("prefix") String prefix,
                                 @QueryParam("tenant_id") String tenantId) {
        return store.find(scope.resolve(key, tenantId), checked(prefix)).map(InboundRouteAdminResource::view)
                .orElseThrow(() -> ApiException.notFound("inbound route"));
    }

    @PUT
    @Path("/{prefix}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.ADMIN_NAME)
    public InboundRouteView replace(@Auth ApiKeyPrincipal key, @PathParam("prefix") String prefix,
                                    InputStream entity) {
        String routePrefix = checked(prefix);
        JsonNode body = json.read(entity);
        RequestReader in = new RequestReader(body);
        UUID tenantId = scope.resolve(key, in);
        RouteDraft draft = InboundRouteRequestReader.forReplace(body, in, routePrefix, environmentsOf(tenantId),
                allowPlainHttp);
        if (draft.hasCredential()) {
            cipher.requireMasterKey();
        }
        return routes.replace(tenantId, draft).map(InboundRouteAdminResource::view)
                .orElseThrow(() -> ApiException.notFound("inbound route"));
    }

    @DELETE
    @Path("/{prefix}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response delete(@Auth ApiKeyPrincipal key, @PathParam("prefix") String prefix,
                           @QueryParam("tenant_id") String tenantId) {
        if (!routes.delete(scope.resolve(key, tenantId), checked(prefix))) {
            throw ApiException.notFound("inbound route");
        }
        return Response.noContent().build();
    }

    private Predicate<String> environmentsOf(UUID tenantId) {
        return envName -> directory.findEnvironment(tenantId, envName).isPresent();
    }

    private static String checked(String prefix) {
        if (RouteRules.prefixProblem(prefix).isPresent()) {
            throw ApiException.invalidField("prefix", RouteRules.prefixProblem(prefix).get());
        }
        return prefix;
    }

    /** What the admin API shows of a route: never its credential, only the credential's type and name. */
    private static InboundRouteView view(InboundRouteRow row) {
        return new InboundRouteView(row.prefix(), row.tenantId(), row.upstreamBaseUrl(),
                new InboundRouteView.CredentialView(row.credentialType(), row.credentialName()), row.methods(),
                row.envName(), row.platform(), row.connectTimeoutMs(), row.responseTimeoutMs(), row.createdAt(),
                row.updatedAt());
    }
}
