package io.interven.gateway.wiring;

import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import io.interven.gateway.auth.ApiKeyAuthenticator;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.JsonUnauthorizedHandler;
import io.interven.gateway.auth.RoleAuthorizer;
import io.interven.gateway.errors.AuthenticationChallenge;
import io.interven.gateway.resources.UsedUpKeyFilter;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * Bearer API keys: who calls (tenant, environment, role, bound agent), which roles reach which resource, and where a
 * used-up ephemeral key is still heard.
 */
public final class AuthArea {
    private AuthArea() {
    }

    public static void wire(Foundation base, TenancyArea tenancy) {
        ApiKeyAuthenticator authenticator = new ApiKeyAuthenticator(tenancy.keyLookup());
        base.register(new AuthDynamicFeature(new OAuthCredentialAuthFilter.Builder<ApiKeyPrincipal>()
                .setAuthenticator(base.metrics().timed(authenticator))
                .setAuthorizer(new RoleAuthorizer())
                .setPrefix(AuthenticationChallenge.SCHEME)
                .setRealm(AuthenticationChallenge.REALM)
                .setUnauthorizedHandler(new JsonUnauthorizedHandler())
                .buildAuthFilter()));
        base.register(RolesAllowedDynamicFeature.class);
        base.register(UsedUpKeyFilter.Feature.class);
        base.register(new AuthValueFactoryProvider.Binder<>(ApiKeyPrincipal.class));
    }
}
