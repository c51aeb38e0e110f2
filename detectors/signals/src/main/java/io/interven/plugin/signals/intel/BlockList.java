package io.interven.plugin.signals.intel;

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

    /** The listing of a destination; empty when the list does not hold it. */
    Optional<Listing> find(Destination destination) {
        Listing listing = destination.address() != null ? ranges.find(destination.address())
                : domains.find(destination.host());
        if (listing == null) {
            listing = prefixes.find(destination.host(), destination.path());
        }
        return Optional.ofNullable(listing);
    }
}
