package io.interven.plugin.signals.intel;

import io.interven.spi.HostPattern;
import java.util.Optional;

/**
 * A call's destination as block lists look it up, read once per call: the canonical host ({@link HostPattern}: lower
 * case, punycode, an IP address in its one spelling), the address when the host is one, and the normalized path.
 */
record Destination(String host, IpAddress address, String path) {

    /** The destination of a call's host and normalized path; empty when the host is neither a name nor an address. */
    static Optional<Destination> of(String callHost, String path) {
        Optional<String> canonical = HostPattern.canonicalHost(callHost);
        if (canonical.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Destination(canonical.get(), IpAddress.ofCanonical(canonical.get()).orElse(null),
                path));
    }
}
