package io.interven.gateway.resources;

import io.dropwizard.auth.Auth;
import io.interven.gateway.api.TenantView;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.Role;
import io.interven.gateway.request.RequestReader;
import io.interven.gateway.tenancy.TenantDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;

/** {@code POST /v1/admin/tenants} (operator). */
@Path("/v1/admin/tenants")
@Produces(MediaType.APPLICATION_JSON)
public class TenantAdminResource {
    private final RequestJson json;
    private final TenantDirectory directory;

    public TenantAdminResource(RequestJson json, TenantDirectory directory) {
        this.json = json;
        this.directory = directory;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.OPERATOR_NAME)
    public Response create(@Auth ApiKeyPrincipal key, InputStream entity) {
        RequestReader in = new RequestReader(json.read(entity));
        in.onlyFields(List.of("name"), "a tenant");
        String name = in.text("name", true, 200).orElse(null);
        in.validate();
        return Response.status(201).entity(TenantView.of(directory.createTenant(name.trim()))).build();
    }
}
