package io.interven.gateway.resources;

import io.dropwizard.auth.Auth;
import io.interven.gateway.api.AgentView;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.Role;
import io.interven.gateway.request.RequestReader;
import io.interven.gateway.tenancy.EnvironmentNames;
import io.interven.gateway.tenancy.RuntimeTypes;
import io.interven.gateway.tenancy.TenantDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/** {@code POST /v1/admin/agents} registers an agent; {@code GET} lists the tenant's agents (admin). */
@Path("/v1/admin/agents")
@Produces(MediaType.APPLICATION_JSON)
public class AgentAdminResource {
    private final RequestJson json;
    private final TenantDirectory directory;
    private final TenantScope scope;

    public AgentAdminResource(RequestJson json, TenantDirectory directory, TenantScope scope) {
        this.json = json;
        this.directory = directory;
        this.scope = scope;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(@Auth ApiKeyPrincipal key, InputStream entity) {
        RequestReader in = new RequestReader(json.read(entity));
        in.onlyFields(List.of("name", "runtime_type", "env_name", "tenant_id"), "an agent");
        String name = in.text("name", true, 200).orElse(null);
        String runtimeType = in.text("runtime_type", true, 40, RuntimeTypes::isKnown,
                "one of " + String.join(", ", RuntimeTypes.ALL)).orElse(null);
        String envName = in.text("env_name", true, 63, EnvironmentNames::isValid,
                "lower-case letters, digits, '-' or '_'").orElse(null);
        UUID tenantId = scope.resolve(key, in);
        in.validate();
        return Response.status(201)
                .entity(AgentView.of(directory.createAgent(tenantId, envName, name.trim(), runtimeType)))
                .build();
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AgentView> list(@Auth ApiKeyPrincipal key) {
        return directory.listAgents(key.tenantId()).stream().map(AgentView::of).toList();
    }
}
