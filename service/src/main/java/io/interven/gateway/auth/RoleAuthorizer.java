package io.interven.gateway.auth;

import io.dropwizard.auth.Authorizer;
import jakarta.ws.rs.container.ContainerRequestContext;

/** Grants {@code @RolesAllowed} names through the role hierarchy of {@link Role}. */
public class RoleAuthorizer implements Authorizer<ApiKeyPrincipal> {
    @Override
    public boolean authorize(ApiKeyPrincipal principal, String role, ContainerRequestContext requestContext) {
        return Role.fromApiName(role).map(principal::has).orElse(false);
    }
}
