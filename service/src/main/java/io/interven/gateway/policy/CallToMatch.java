package io.interven.gateway.policy;

import io.interven.spi.HostPattern;
import java.util.ArrayList;
import java.util.List;

/**
 * A call as rules read it while one call is decided: its policy input, its host in the canonical form host patterns
 * compare ({@link HostPattern#canonicalHost}) and the domains that host lies under, each worked out on first use and
 * then shared by every rule (a rule may name many hosts, an environment hold many rules). One per decision, on one
 * thread.
 */
final class CallToMatch {
    private static final String NOT_A_HOST = "";

    private final PolicyInput input;
    private String canonicalHost;
    private List<String> parentDomains;

    CallToMatch(PolicyInput input) {
        this.input = input;
    }

    PolicyInput input() {
        return input;
    }

    /** The host as the call gave it; may be null. */
    String host() {
        return input.host();
    }

    /** The host in canonical form; empty when the call has none or it is not a host name or an IP address. */
    String canonicalHost() {
        if (canonicalHost == null) {
            canonicalHost = input.host() == null ? NOT_A_HOST
                    : HostPattern.canonicalHost(input.host()).orElse(NOT_A_HOST);
        }
        return canonicalHost;
    }

    /**
     * Every domain the canonical host lies under, nearest first: {@code a.b.slack.com} gives {@code b.slack.com},
     * {@code slack.com} and {@code com}. Empty for a host of one label or none.
     */
    List<String> parentDomains() {
        if (parentDomains == null) {
            String host = canonicalHost();
            List<String> domains = new ArrayList<>();
            for (int dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
                domains.add(host.substring(dot + 1));
            }
            parentDomains = domains;
        }
        return parentDomains;
    }
}
