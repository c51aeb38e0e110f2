package io.interven.gateway.wiring;

import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.Authenticator;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import io.interven.gateway.auth.ApiKeyAuthenticator;
import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.auth.AuthenticationMemo;
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

    /**
     * @return the authentication (timed as the auth stage) for endpoints answered in front of Jersey, which hand a
     *     key they read and pass on to Jersey's authentication through it
     */
    public static AuthenticationMemo wire(Foundation base, TenancyArea tenancy) {
        Authenticator<String, ApiKeyPrincipal> authenticator =
                base.metrics().timed(new ApiKeyAuthenticator(tenancy.keyLookup()));
        AuthenticationMemo authentication = new AuthenticationMemo(authenticator);
        base.register(new AuthDynamicFeature(new OAuthCredentialAuthFilter.Builder<ApiKeyPrincipal>()
                .setAuthenticator(authentication.forJersey())
                .setAuthorizer(new RoleAuthorizer())
                .setPrefix(AuthenticationChallenge.SCHEME)
                .setRealm(AuthenticationChallenge.REALM)
                .setUnauthorizedHandler(new JsonUnauthorizedHandler())
                .buildAuthFilter()));
        base.register(RolesAllowedDynamicFeature.class);
        base.register(UsedUpKeyFilter.Feature.class);
        base.register(new AuthValueFactoryProvider.Binder<>(ApiKeyPrincipal.class));
        return authentication;
    }
}
