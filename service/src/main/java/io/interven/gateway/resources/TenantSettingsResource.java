package io.interven.gateway.resources;

import io.dropwizard.auth.Auth;
import io.interven.gateway.api.TenantSettingsView;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.Role;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.tenancy.OwnPrincipals;
import io.interven.gateway.tenancy.OwnPrincipalsCache;
import io.interven.gateway.tenancy.TenantDirectory;
import io.interven.gateway.tenancy.TenantPrincipals;
import io.interven.gateway.tenancy.TenantSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.UUID;

/**
 * {@code GET} and {@code PATCH /v1/admin/tenants/{tenant_id}/settings}: an operator key reaches every tenant, an
 * admin key its own; any other tenant answers 404, as an unknown one does.
 */
@Path("/v1/admin/tenants/{tenant_id}/settings")
@Produces(MediaType.APPLICATION_JSON)
public class TenantSettingsResource {
    private final RequestJson json;
    private final TenantDirectory directory;
    private final TenantSettings settings;
    private final TenantPrincipals principals;
    private final OwnPrincipalsCache ownPrincipals;
    private final int defaultRateLimitPerMinute;

    public TenantSettingsResource(RequestJson json, TenantDirectory directory, TenantSettings settings,
                                  TenantPrincipals principals, OwnPrincipalsCache ownPrincipals,
                                  int defaultRateLimitPerMinute) {
        this.json = json;
        this.directory = directory;
        this.settings = settings;
        this.principals = principals;
        this.ownPrincipals = ownPrincipals;
        this.defaultRateLimitPerMinute = defaultRateLimitPerMinute;
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public TenantSettingsView read(@Auth ApiKeyPrincipal key, @PathParam("tenant_id") String rawTenantId) {
        UUID tenantId = reachableTenant(key, rawTenantId);
        return TenantSettingsView.of(settings.of(tenantId), defaultRateLimitPerMinute, principals.of(tenantId));
    }

    @PATCH
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.ADMIN_NAME)
    public TenantSettingsView change(@Auth ApiKeyPrincipal key, @PathParam("tenant_id") String rawTenantId,
                                     InputStream entity) {
        UUID tenantId = reachableTenant(key, rawTenantId);
        var change = TenantSettingsChangeReader.read(json.read(entity));
        OwnPrincipals own = change.ownPrincipals().isEmpty() ? principals.of(tenantId)
                : ownPrincipals.replace(tenantId, change.ownPrincipals());
        return TenantSettingsView.of(settings.change(tenantId, change), defaultRateLimitPerMinute, own);
    }

    private UUID reachableTenant(ApiKeyPrincipal key, String rawTenantId) {
        UUID tenantId = PathIds.uuid("tenant_id", rawTenantId);
        boolean reachable = key.isOperator() ? directory.findTenant(tenantId).isPresent()
                : key.tenantId().equals(tenantId);
        if (!reachable) {
            throw ApiException.notFound("tenant");
        }
        return tenantId;
    }
}
