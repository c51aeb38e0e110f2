package io.interven.plugin.signals.intel;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CIDR ranges of a block list, IPv4 and IPv6, as one hash map per prefix length holding the masked network
 * addresses. An address is looked up once per prefix length the list uses (at most 33 for IPv4 and 129 for IPv6,
 * the longest first), so the cost does not grow with the number of ranges.
 */
final class CidrIndex {
    private static final int V6 = 1000;

    /** Keyed by prefix length, IPv6 lengths offset by {@link #V6} so both families share one ordered map. */
    private final TreeMap<Integer, Map<IpAddress, Listing>> byPrefix = new TreeMap<>();
    private int size;

    /** Adds {@code address/prefix}; bits after the prefix are ignored. */
    void add(IpAddress address, int prefix, Listing listing) {
        int key = address.v6() ? V6 + prefix : prefix;
        if (byPrefix.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(address.masked(prefix), listing) == null) {
            size++;
        }
    }

    int size() {
        return size;
    }

    /** The listing of the most specific range holding the address; null when none. */
    Listing find(IpAddress address) {
        int from = address.v6() ? V6 : 0;
        for (Map.Entry<Integer, Map<IpAddress, Listing>> ranges
                : byPrefix.subMap(from, true, from + address.bits(), true).descendingMap().entrySet()) {
            Listing listing = ranges.getValue().get(address.masked(ranges.getKey() - from));
            if (listing != null) {
                return listing;
            }
        }
        return null;
    }
}
