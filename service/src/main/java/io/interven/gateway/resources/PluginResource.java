package io.interven.gateway.resources;

import io.dropwizard.auth.Auth;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.Role;
import io.interven.gateway.plugin.LoadedPlugins;
import io.interven.gateway.plugin.PluginInfo;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /v1/plugins}: each loaded plugin, its version and its extensions (admin). */
@Path("/v1/plugins")
@Produces(MediaType.APPLICATION_JSON)
public class PluginResource {
    private final LoadedPlugins plugins;

    public PluginResource(LoadedPlugins plugins) {
        this.plugins = plugins;
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public List<PluginInfo> list(@Auth ApiKeyPrincipal key) {
        return plugins.plugins();
    }
}
