package io.interven.plugin.signals.intel;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * URL prefixes of a block list: a host and a path prefix ({@code paste.example/raw}), matched on segment
 * boundaries ({@code /raw} and {@code /raw/abc}, never {@code /rawfile}) and without regard to case. Kept in one
 * hash set keyed by host and path prefix; a call is looked up once per segment of its path.
 */
final class UrlPrefixIndex {
    private final Map<String, Listing> prefixes = new HashMap<>();
    private int longestSegments;

    /** Adds a prefix: a canonical host and a path of segments without a trailing slash ("" for the whole host). */
    void add(String host, String path, Listing listing) {
        String key = host + path.toLowerCase(Locale.ROOT);
        prefixes.putIfAbsent(key, listing);
        longestSegments = Math.max(longestSegments, (int) path.chars().filter(c -> c == '/').count());
    }

    int size() {
        return prefixes.size();
    }

    /** The listing of the shortest listed prefix of the call's host and normalized path; null when none. */
    Listing find(String host, String path) {
        if (prefixes.isEmpty()) {
            return null;
        }
        Listing whole = prefixes.get(host);
        if (whole != null) {
            return whole;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        int segments = 0;
        int from = 1;
        while (from <= lower.length() && segments < longestSegments) {
            int slash = lower.indexOf('/', from);
            int end = slash < 0 ? lower.length() : slash;
            segments++;
            Listing listing = prefixes.get(host + lower.substring(0, end));
            if (listing != null) {
                return listing;
            }
            if (slash < 0) {
                break;
            }
            from = slash + 1;
        }
        return null;
    }
}
