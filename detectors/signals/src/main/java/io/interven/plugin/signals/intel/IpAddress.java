package io.interven.plugin.signals.intel;

import io.interven.spi.HostPattern;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address as two longs (an IPv4 address in the low 32 bits of {@code low}, {@code high} unused),
 * read from any spelling a URL parser accepts: the canonical form of {@link HostPattern#canonicalHost} makes
 * {@code 2130706433}, {@code 0x7f.0.0.1} and {@code 127.1} the same address, and an IPv4-mapped IPv6 address its
 * IPv4 address. Nothing is ever looked up in DNS.
 */
record IpAddress(boolean v6, long high, long low) {

    int bits() {
        return v6 ? 128 : 32;
    }

    /** The address a call's host (or a list entry) names; empty for a host name. */
    static Optional<IpAddress> of(String host) {
        Optional<String> canonical = HostPattern.canonicalHost(host);
        if (canonical.isEmpty()) {
            return Optional.empty();
        }
        return ofCanonical(canonical.get());
    }

    /** The address of a host already in its canonical form; empty for a host name. */
    static Optional<IpAddress> ofCanonical(String text) {
        if (text.startsWith("[")) {
            return v6(text);
        }
        return v4(text);
    }

    /** The same address with every bit after the first {@code prefix} bits cleared. */
    IpAddress masked(int prefix) {
        if (!v6) {
            long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
            return new IpAddress(false, 0, low & mask);
        }
        long highMask = prefix >= 64 ? -1L : prefix == 0 ? 0 : -1L << (64 - prefix);
        long lowMask = prefix <= 64 ? 0 : prefix == 128 ? -1L : -1L << (128 - prefix);
        return new IpAddress(true, high & highMask, low & lowMask);
    }

    private static Optional<IpAddress> v4(String dotted) {
        if (dotted.isEmpty() || !Character.isDigit(dotted.charAt(dotted.length() - 1))) {
            return Optional.empty(); // a host name: canonical IPv4 addresses end in a digit, names never do
        }
        String[] parts = dotted.split("\\.");
        if (parts.length != 4 || !Character.isDigit(dotted.charAt(dotted.length() - 1))) {
            return Optional.empty();
        }
        long value = 0;
        for (String part : parts) {
            int octet;
            try {
                octet = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            value = value << 8 | octet;
        }
        return Optional.of(new IpAddress(false, 0, value));
    }

    private static Optional<IpAddress> v6(String bracketed) {
        InetAddress parsed;
        try {
            parsed = InetAddress.getByName(bracketed); // a bracketed literal is parsed, never looked up
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!(parsed instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] bytes = parsed.getAddress();
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = high << 8 | (bytes[i] & 0xff);
            low = low << 8 | (bytes[i + 8] & 0xff);
        }
        return Optional.of(new IpAddress(true, high, low));
    }
}
