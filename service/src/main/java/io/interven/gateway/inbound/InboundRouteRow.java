package io.interven.gateway.inbound;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One row of {@code inbound_routes}: the route with its credential sealed. {@code allowedMethods} is the stored
 * comma-separated list. {@link #toString()} leaves the sealed credential out (it is not secret, only noise).
 */
public record InboundRouteRow(String prefix, UUID tenantId, String upstreamBaseUrl, String credentialType,
                              String credentialName, String credentialCiphertext, String credentialNonce,
                              String credentialKeyId, String allowedMethods, String envName, String platform,
                              int connectTimeoutMs, int responseTimeoutMs, long createdAt, long updatedAt) {

    static InboundRouteRow of(UUID tenantId, RouteDraft draft, String credentialType, String credentialName,
                              SealedCredential sealed, long createdAt, long updatedAt) {
        return new InboundRouteRow(draft.prefix(), tenantId, draft.upstreamBaseUrl(), credentialType, credentialName,
                sealed.ciphertext(), sealed.nonce(), sealed.keyId(), String.join(",",
                RouteRules.inMethodOrder(draft.allowedMethods())), draft.envName(), draft.platform().apiName(),
                draft.connectTimeoutMs(), draft.responseTimeoutMs(), createdAt, updatedAt);
    }

    public SealedCredential sealed() {
        return new SealedCredential(credentialCiphertext, credentialNonce, credentialKeyId);
    }

    /** The allowed methods in their canonical order (GET HEAD POST PUT PATCH DELETE OPTIONS). */
    public List<String> methods() {
        return RouteRules.inMethodOrder(new LinkedHashSet<>(Arrays.asList(allowedMethods.split(","))));
    }

    /** The route as the proxy uses it, with its credential opened. */
    InboundRoute withCredential(RouteCredential credential) {
        return new InboundRoute(tenantId, prefix, URI.create(upstreamBaseUrl), credential, Set.copyOf(methods()),
                envName, Platform.fromApiName(platform).orElse(Platform.CUSTOM), Duration.ofMillis(connectTimeoutMs),
                Duration.ofMillis(responseTimeoutMs));
    }

    @Override
    public String toString() {
        return "InboundRouteRow[" + prefix + " of " + tenantId + " -> " + upstreamBaseUrl + ", credential "
                + credentialType + " sealed with key " + credentialKeyId + "]";
    }
}
