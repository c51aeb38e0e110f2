package io.interven.plugin.signals.intel;

import io.interven.spi.HostPattern;
import java.util.Optional;

/**
 * One block list, read and indexed: domains (with their sub-domains), CIDR ranges and URL prefixes. Immutable once
 * built by {@link BlockListParser}; every look-up costs a few hash look-ups, whatever the size of the list.
 */
final class BlockList {
    static final String DEFAULT_LIST = "default";

    private final String name;
    final DomainIndex domains = new DomainIndex();
    final CidrIndex ranges = new CidrIndex();
    final UrlPrefixIndex prefixes = new UrlPrefixIndex();

    BlockList(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    int size() {
        return domains.size() + ranges.size() + prefixes.size();
    }

    /**
     * The listing of a call's destination: its host (as the call gives it; an IP address in any spelling) and its
     * normalized path.
     */
    Optional<Listing> find(String host, String path) {
        Optional<String> canonical = HostPattern.canonicalHost(host);
        if (canonical.isEmpty()) {
            return Optional.empty();
        }
        String name = canonical.get();
        Listing listing;
        Optional<IpAddress> address = IpAddress.of(name);
        if (address.isPresent()) {
            listing = ranges.find(address.get());
        } else {
            listing = domains.find(name);
        }
        if (listing == null) {
            listing = prefixes.find(name, path);
        }
        return Optional.ofNullable(listing);
    }
}
