package io.interven.plugin.signals.intel;

import java.util.HashMap;
import java.util.Map;

/**
 * Domains of a block list. An entry covers the domain and every sub-domain; a host is looked up label by label
 * ({@code a.b.paste.example}, {@code b.paste.example}, {@code paste.example}, {@code example}), one hash look-up
 * per label, whatever the size of the list.
 */
final class DomainIndex {
    private final Map<String, Listing> domains = new HashMap<>();

    void add(String domain, Listing listing) {
        domains.putIfAbsent(domain, listing);
    }

    int size() {
        return domains.size();
    }

    /** The listing of the host or of its nearest listed parent domain; null when none. */
    Listing find(String host) {
        if (domains.isEmpty()) {
            return null;
        }
        String name = host;
        while (true) {
            Listing listing = domains.get(name);
            if (listing != null) {
                return listing;
            }
            int dot = name.indexOf('.');
            if (dot < 0) {
                return null;
            }
            name = name.substring(dot + 1);
        }
    }
}
