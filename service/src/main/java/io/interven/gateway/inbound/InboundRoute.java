package io.interven.gateway.inbound;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * One destination-side route: calls to {@code /inbound/{prefix}/...} of the tenant's SaaS agents are scanned and,
 * when the decision lets them through, forwarded to {@code upstreamBaseUrl} with {@code credential} injected.
 * The credential is held decrypted only in memory, never in an answer, a log or a trace.
 *
 * @param tenantId        the tenant that owns the route
 * @param prefix          the first path segment after {@code /inbound/}, unique across the gateway
 * @param upstreamBaseUrl the API the route forwards to ({@code https://acme.my.salesforce.com/services/data})
 * @param credential      what is injected into every forwarded request
 * @param allowedMethods  the HTTP methods the route forwards (upper case); any other answers 405
 * @param envName         the environment whose policies decide the route's calls
 * @param platform        which SaaS agent calls through the route
 * @param connectTimeout  how long a connection to the upstream may take
 * @param responseTimeout how long the upstream may take to start answering
 */
public record InboundRoute(UUID tenantId, String prefix, URI upstreamBaseUrl, RouteCredential credential,
                           Set<String> allowedMethods, String envName, Platform platform, Duration connectTimeout,
                           Duration responseTimeout) {
    public InboundRoute {
        allowedMethods = Set.copyOf(allowedMethods);
    }

    @Override
    public String toString() {
        return "InboundRoute[" + prefix + " -> " + upstreamBaseUrl + ", credential " + credential.type() + "]";
    }
}
