package io.interven.gateway.core;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import io.interven.spi.OutboundCall;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shared-hosting suffix of a host, from the Public Suffix List that Guava keeps current: the list's longest
 * entry the host lies at or under when that entry comes from the list's private section (where providers list
 * the names they rent out: {@code s3.amazonaws.com}, {@code execute-api.us-east-1.amazonaws.com},
 * {@code herokuapp.com}, {@code azurewebsites.net}, {@code workers.dev}, {@code github.io}, ...). Such a host
 * belongs to whoever rents it, never to the provider. A host name the list cannot classify (too long, a label
 * over 63 characters, odd characters) is its own suffix, so it never counts as anyone's own host either; an IP
 * address has none.
 */
public final class SharedHostingSuffix {
    /**
     * The hosts classified so far and their suffixes: agents call the same few APIs again and again, and the list
     * lookup costs microseconds a call. The answer depends on the host alone, so it never goes stale while the
     * gateway runs. At most {@value #HOSTS_KEPT} hosts are kept, all forgotten at once beyond, so that a stream of
     * made-up hosts cannot grow it; a text longer than a host name can be ({@value #LONGEST_KEPT} characters) is
     * classified but not kept, so that the kept hosts hold a few megabytes at most.
     */
    static final int HOSTS_KEPT = 10_000;
    static final int LONGEST_KEPT = 253;
    private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

    private SharedHostingSuffix() {
    }

    /** The suffix, or empty when the host is under none. */
    public static String of(String host) {
        if (host == null || host.length() > LONGEST_KEPT) {
            return lookUp(host);
        }
        String known = KNOWN.get(host);
        if (known != null) {
            return known;
        }
        String suffix = lookUp(host);
        if (KNOWN.size() >= HOSTS_KEPT) {
            KNOWN.clear();
        }
        KNOWN.put(host, suffix);
        return suffix;
    }

    /** How many hosts are kept now (for tests of the bound). */
    static int hostsKept() {
        return KNOWN.size();
    }

    private static String lookUp(String host) {
        if (InetAddresses.isUriInetAddress(host)) {
            return "";
        }
        InternetDomainName name;
        try {
            name = InternetDomainName.from(host);
        } catch (IllegalArgumentException unclassifiable) {
            return host;
        }
        if (!name.hasPublicSuffix()) {
            return "";
        }
        InternetDomainName publicSuffix = name.publicSuffix();
        boolean registry = name.hasRegistrySuffix() && name.registrySuffix().equals(publicSuffix);
        return registry ? "" : publicSuffix.toString();
    }

    /** The call as recognizers, triage and signals see it: with its host's shared-hosting suffix. */
    public static OutboundCall classified(OutboundCall call) {
        return call.withSharedHostingSuffix(of(call.host()));
    }
}
