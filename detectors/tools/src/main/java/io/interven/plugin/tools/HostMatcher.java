package io.interven.plugin.tools;

import io.interven.spi.OutboundCall;
import java.util.Locale;

/**
 * Matches the host of a call: either one exact host ({@code api.github.com}) or any sub-domain of a domain,
 * written with a leading {@code *.} ({@code *.atlassian.net} matches {@code acme.atlassian.net}, not
 * {@code atlassian.net} itself and not {@code acme.atlassian.net.evil.com}). A {@code *.domain} never matches a
 * host that the gateway found at or under a shared-hosting suffix ({@link OutboundCall#isSharedHosting()}): such
 * names belong to whoever rents them, not to the vendor. An exact host matches whatever its suffix.
 */
final class HostMatcher {
    private final String exactHost;
    private final String requiredSuffix;

    private HostMatcher(String exactHost, String requiredSuffix) {
        this.exactHost = exactHost;
        this.requiredSuffix = requiredSuffix;
    }

    static HostMatcher parse(String spec) {
        String host = spec.toLowerCase(Locale.ROOT);
        if (host.startsWith("*.")) {
            String domain = host.substring(1);
            requireHostName(domain.substring(1), spec);
            return new HostMatcher(null, domain);
        }
        requireHostName(host, spec);
        return new HostMatcher(host, null);
    }

    private static void requireHostName(String host, String spec) {
        if (!host.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
            throw new IllegalArgumentException("not a host name or *.domain: " + spec);
        }
    }

    /** True when the call's host is matched. */
    boolean matches(OutboundCall call) {
        String host = call.host();
        if (exactHost != null) {
            return host.equals(exactHost);
        }
        return host.length() > requiredSuffix.length() && host.endsWith(requiredSuffix) && !call.isSharedHosting();
    }

    @Override
    public String toString() {
        return exactHost != null ? exactHost : "*" + requiredSuffix;
    }
}
