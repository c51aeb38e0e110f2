package io.interven.gateway.policy;

import io.interven.spi.HostPattern;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule's host patterns ({@code match.host}), any of which may match, looked up rather than tried one by one:
 * exact hosts in a set, {@code *.domain} patterns by their domain, so that a call's host is compared in as many
 * steps as it has labels, however many patterns the rule names. Answers what trying each {@link HostPattern} in
 * turn answers.
 */
final class HostPatternSet {
    private final boolean anyHost;
    private final Set<String> exactHosts = new HashSet<>();
    private final Map<String, HostPattern> subDomainsOf = new HashMap<>();

    HostPatternSet(List<HostPattern> patterns) {
        boolean any = false;
        for (HostPattern pattern : patterns) {
            if (pattern.isAnyHost()) {
                any = true;
            } else if (pattern.isSubDomainPattern()) {
                subDomainsOf.put(pattern.source().substring(2), pattern);
            } else {
                exactHosts.add(pattern.source());
            }
        }
        this.anyHost = any;
    }

    /** True when one of the patterns matches the call's host ({@link HostPattern#matches}). */
    boolean matches(CallToMatch call) {
        String host = call.host();
        if (host == null || host.isEmpty()) {
            return false;
        }
        if (anyHost) {
            return true;
        }
        String canonical = call.canonicalHost();
        if (canonical.isEmpty()) {
            return false;
        }
        if (exactHosts.contains(canonical)) {
            return true;
        }
        if (subDomainsOf.isEmpty()) {
            return false;
        }
        for (String domain : call.parentDomains()) {
            HostPattern parent = subDomainsOf.get(domain);
            if (parent != null && parent.matchesCanonical(canonical)) {
                return true;
            }
        }
        return false;
    }
}
