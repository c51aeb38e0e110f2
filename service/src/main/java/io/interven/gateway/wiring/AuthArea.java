package io.interven.gateway.wiring;

import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import io.interven.gateway.auth.ApiKeyAuthenticator;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.JsonUnauthorizedHandler;
import io.interven.gateway.auth.RoleAuthorizer;
import io.interven.gateway.tenancy.AuthenticationKeys;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/** Bearer API keys: who calls (tenant, environment, role, bound agent) and which roles reach which resource. */
public final class AuthArea {
    private AuthArea() {
    }

    public static void wire(Foundation base) {
        ApiKeyAuthenticator authenticator = new ApiKeyAuthenticator(new AuthenticationKeys(base.jdbi()));
        base.register(new AuthDynamicFeature(new OAuthCredentialAuthFilter.Builder<ApiKeyPrincipal>()
                .setAuthenticator(authenticator)
                .setAuthorizer(new RoleAuthorizer())
                .setPrefix("Bearer")
                .setRealm("interven")
                .setUnauthorizedHandler(new JsonUnauthorizedHandler())
                .buildAuthFilter()));
        base.register(RolesAllowedDynamicFeature.class);
        base.register(new AuthValueFactoryProvider.Binder<>(ApiKeyPrincipal.class));
    }
}
