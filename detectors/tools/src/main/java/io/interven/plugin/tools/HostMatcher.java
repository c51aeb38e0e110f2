package io.interven.plugin.tools;

import io.interven.spi.HostPattern;
import io.interven.spi.OutboundCall;
import java.util.List;

/**
 * One HOST of the catalogue: a {@link HostPattern}, with the meaning policies give it ({@code api.github.com}
 * exactly, {@code *.atlassian.net} any sub-domain at any depth but not {@code atlassian.net} itself), plus one rule
 * of the catalogue's own: a {@code *.domain} never matches a host that the gateway found at or under a
 * shared-hosting suffix ({@link OutboundCall#isSharedHosting()}), since such names belong to whoever rents them,
 * not to the vendor. An exact host matches whatever its suffix. {@code *} alone is refused: no vendor owns every
 * host.
 */
final class HostMatcher {
    private final HostPattern pattern;

    private HostMatcher(HostPattern pattern) {
        this.pattern = pattern;
    }

    static HostMatcher parse(String spec) {
        HostPattern pattern = HostPattern.parse(spec);
        if (pattern.isAnyHost()) {
            throw new IllegalArgumentException("'*' is not a catalogue host: name the vendor's hosts");
        }
        return new HostMatcher(pattern);
    }

    /** True when the call's host, given in its canonical form ({@link HostPattern#canonicalHost}), is matched. */
    boolean matches(String canonicalHost, OutboundCall call) {
        return pattern.matchesCanonical(canonicalHost) && !(pattern.isSubDomainPattern() && call.isSharedHosting());
    }

    /** Whether one of {@code hosts} matches the call's host, given in its canonical form. */
    static boolean anyMatches(List<HostMatcher> hosts, String canonicalHost, OutboundCall call) {
        for (HostMatcher host : hosts) {
            if (host.matches(canonicalHost, call)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return pattern.source();
    }
}
