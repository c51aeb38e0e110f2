package io.interven.gateway.inbound;

import java.util.Set;

/**
 * A route as an admin request describes it, every field checked ({@code RouteRules}, {@link UpstreamBaseUrl}):
 * what is stored for the tenant that sends it. {@code credential} is null in a replacement that keeps the stored
 * credential. {@link #toString()} shows no secret (that of {@link RouteCredential} shows none).
 */
public record RouteDraft(String prefix, String upstreamBaseUrl, RouteCredential credential,
                         Set<String> allowedMethods, String envName, Platform platform, int connectTimeoutMs,
                         int responseTimeoutMs) {
    public RouteDraft {
        allowedMethods = Set.copyOf(allowedMethods);
    }

    /** True when the draft carries a new credential (a replacement without one keeps the stored credential). */
    public boolean hasCredential() {
        return credential != null;
    }
}
