package io.interven.gateway.core;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import io.interven.spi.OutboundCall;

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
     * The last host classified on this thread: tool recognition, triage and signals of one scan ask for the same
     * host, and the list lookup is the costly part.
     */
    private static final ThreadLocal<Classified> LAST = new ThreadLocal<>();

    private record Classified(String host, String suffix) {
    }

    private SharedHostingSuffix() {
    }

    /** The suffix, or empty when the host is under none. */
    public static String of(String host) {
        Classified last = LAST.get();
        if (last != null && last.host().equals(host)) {
            return last.suffix();
        }
        String suffix = lookUp(host);
        LAST.set(new Classified(host, suffix));
        return suffix;
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
