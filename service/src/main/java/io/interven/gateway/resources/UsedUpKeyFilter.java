package io.interven.gateway.resources;

import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Answers 401 to an ephemeral key with no use left, right after authentication and before anything is read or
 * counted, on every endpoint not marked {@link OpenToUsedUpKeys}. The answer is the one an expired or revoked key
 * gets, so it tells a caller nothing about which it is.
 */
@Priority(Priorities.AUTHENTICATION + 50)
public class UsedUpKeyFilter implements ContainerRequestFilter {

    /** Puts the filter on every endpoint but those open to used-up keys. */
    public static final class Feature implements DynamicFeature {
        @Override
        public void configure(ResourceInfo resource, FeatureContext context) {
            if (!resource.getResourceMethod().isAnnotationPresent(OpenToUsedUpKeys.class)) {
                context.register(UsedUpKeyFilter.class);
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() instanceof ApiKeyPrincipal key
                && key.isEphemeral() && key.ephemeral().usedUp()) {
            throw new ApiException(ErrorCode.UNAUTHORIZED, "the ephemeral key is expired, used up or revoked");
        }
    }
}
