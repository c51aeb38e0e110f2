package io.interven.gateway.inbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where a route may send the gateway: never to a link-local address (the cloud metadata service at 169.254.169.254
 * and its IPv6 kin), the unspecified address or a multicast group; and, unless the operator trusts its network
 * ({@code inbound.allowPrivateUpstreams}), not to a loopback, private (RFC 1918, IPv6 unique-local) or shared
 * (100.64.0.0/10) address either, so that a tenant's admin cannot turn a route against the gateway's own admin port or
 * the operator's internal services. Every address the upstream's host resolves to is checked, just before each call.
 * (A resolver that answers differently a moment later can still win that race; an operator who needs more pins
 * upstreams at the network layer.)
 */
final class UpstreamAddresses {
    private final boolean allowPrivate;

    UpstreamAddresses(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /**
     * Why {@code host} may not be called; empty when it may.
     *
     * @throws UnknownHostException when the host does not resolve
     */
    Optional<String> refusal(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        for (InetAddress address : InetAddress.getAllByName(bare)) {
            if (address.isLinkLocalAddress() || address.isAnyLocalAddress() || address.isMulticastAddress()) {
                return Optional.of("resolves to a link-local, unspecified or multicast address");
            }
            if (!allowPrivate && isPrivate(address)) {
                return Optional.of("resolves to a loopback or private address (inbound.allowPrivateUpstreams is off)");
            }
        }
        return Optional.empty();
    }

    private static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;            // 100.64.0.0/10
        }
        return address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;       // fc00::/7
    }
}
