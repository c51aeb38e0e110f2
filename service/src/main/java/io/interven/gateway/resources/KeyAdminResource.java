package io.interven.gateway.resources;

import io.dropwizard.auth.Auth;
import io.interven.gateway.api.KeyView;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.Role;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.request.RequestReader;
import io.interven.gateway.tenancy.AgentRow;
import io.interven.gateway.tenancy.EnvironmentNames;
import io.interven.gateway.tenancy.IssuedKey;
import io.interven.gateway.tenancy.KeyIssuer;
import io.interven.gateway.tenancy.TenantDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Mint ({@code POST}), list ({@code GET}) and revoke ({@code DELETE /{key_id}}) API keys (admin). */
@Path("/v1/admin/keys")
@Produces(MediaType.APPLICATION_JSON)
public class KeyAdminResource {
    private static final List<String> FIELDS = List.of("env_name", "roles", "agent_id", "tenant_id", "description");
    private final RequestJson json;
    private final KeyIssuer keys;
    private final TenantDirectory directory;
    private final TenantScope scope;

    public KeyAdminResource(RequestJson json, KeyIssuer keys, TenantDirectory directory, TenantScope scope) {
        this.json = json;
        this.keys = keys;
        this.directory = directory;
        this.scope = scope;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response mint(@Auth ApiKeyPrincipal key, InputStream entity) {
        RequestReader in = new RequestReader(json.read(entity));
        in.onlyFields(FIELDS, "a key request");
        String envName = in.text("env_name", true, 63, EnvironmentNames::isValid,
                "lower-case letters, digits, '-' or '_'").orElse(null);
        Set<Role> roles = roles(in, key);
        Optional<UUID> agentId = in.uuid("agent_id", false);
        String description = in.text("description", false, 500).orElse(null);
        UUID tenantId = scope.resolve(key, in);
        in.validate();
        if (agentId.isPresent()) {
            AgentRow agent = directory.findAgent(tenantId, agentId.get())
                    .orElseThrow(() -> ApiException.invalidField("agent_id", "is not an agent of this tenant"));
            if (!agent.envName().equals(envName)) {
                throw ApiException.invalidField("agent_id", "belongs to environment " + agent.envName());
            }
        }
        IssuedKey issued = keys.mint(tenantId, envName, roles, agentId.orElse(null), description);
        return Response.status(201).entity(KeyView.withPlaintext(issued.row(), issued.plaintext())).build();
    }

    private static Set<Role> roles(RequestReader in, ApiKeyPrincipal caller) {
        List<String> names = in.textList("roles", true);
        if (in.isPresent("roles") && names.isEmpty()) {
            in.problem("roles", "must name at least one role");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = 0; i < names.size(); i++) {
            Optional<Role> role = Role.fromApiName(names.get(i));
            if (role.isEmpty()) {
                in.problem("roles[" + i + "]", "must be one of scan, analyst, mint, admin, operator");
            } else if (role.get() == Role.OPERATOR && !caller.isOperator()) {
                in.problem("roles[" + i + "]", "only an operator key may grant operator");
            } else {
                roles.add(role.get());
            }
        }
        return roles;
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public List<KeyView> list(@Auth ApiKeyPrincipal key) {
        return keys.list(key.tenantId()).stream().map(KeyView::of).toList();
    }

    @DELETE
    @Path("/{keyId}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response revoke(@Auth ApiKeyPrincipal key, @PathParam("keyId") String keyId) {
        UUID id = PathIds.uuid("key_id", keyId);
        if (!keys.revoke(key.tenantId(), id) && !keys.exists(key.tenantId(), id)) {
            throw ApiException.notFound("key");
        }
        return Response.noContent().build();
    }
}
