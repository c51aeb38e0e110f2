package io.interven.gateway.resources;

import io.dropwizard.auth.Auth;
import io.interven.gateway.api.EphemeralKeyView;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.Role;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import io.interven.gateway.tenancy.EphemeralKeyIssuer;
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
import java.util.List;
import java.util.UUID;

/**
 * Mint ({@code POST}), list ({@code GET}) and revoke ({@code DELETE /{key_id}}) ephemeral keys, for keys with the
 * {@code mint} role (admin includes it). An ephemeral key is minted in the minting key's tenant and environment (and
 * for its agent, when it is bound to one); an ephemeral key never mints.
 */
@Path("/v1/keys/ephemeral")
@Produces(MediaType.APPLICATION_JSON)
public class EphemeralKeyResource {
    private final RequestJson json;
    private final EphemeralKeyIssuer keys;
    private final long maxTtlSeconds;

    public EphemeralKeyResource(RequestJson json, EphemeralKeyIssuer keys, long maxTtlSeconds) {
        this.json = json;
        this.keys = keys;
        this.maxTtlSeconds = maxTtlSeconds;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.MINT_NAME)
    public Response mint(@Auth ApiKeyPrincipal key, InputStream entity) {
        refuseEphemeral(key);
        EphemeralKeyRequest.Read request = EphemeralKeyRequest.read(json.read(entity), maxTtlSeconds);
        EphemeralKeyIssuer.Minted minted = keys.mint(key.tenantId(), key.envName(), key.boundAgentId(),
                request.limits(), request.description());
        return Response.status(201).entity(EphemeralKeyView.withPlaintext(minted.row(), minted.plaintext())).build();
    }

    @GET
    @RolesAllowed(Role.MINT_NAME)
    public List<EphemeralKeyView> list(@Auth ApiKeyPrincipal key) {
        refuseEphemeral(key);
        return keys.list(key.tenantId()).stream().map(EphemeralKeyView::of).toList();
    }

    @DELETE
    @Path("/{keyId}")
    @RolesAllowed(Role.MINT_NAME)
    public Response revoke(@Auth ApiKeyPrincipal key, @PathParam("keyId") String keyId) {
        refuseEphemeral(key);
        UUID id = PathIds.uuid("key_id", keyId);
        if (!keys.revoke(key.tenantId(), id) && !keys.exists(key.tenantId(), id)) {
            throw ApiException.notFound("ephemeral key");
        }
        return Response.noContent().build();
    }

    /** Ephemeral keys only scan; this holds even if a future role change gave one the mint role. */
    private static void refuseEphemeral(ApiKeyPrincipal key) {
        if (key.isEphemeral()) {
            throw new ApiException(ErrorCode.FORBIDDEN, "an ephemeral key cannot manage ephemeral keys");
        }
    }
}
