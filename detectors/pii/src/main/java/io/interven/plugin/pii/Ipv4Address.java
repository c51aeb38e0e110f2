package io.interven.plugin.pii;

/**
 * An IPv4 address and whether it is public: not in a private, shared, loopback, link-local, documentation,
 * benchmarking, multicast, reserved or "this network" block (RFC 6890 special-purpose registry).
 */
final class Ipv4Address {
    /** Special-purpose blocks as {address, prefix length}. */
    private static final long[][] NOT_PUBLIC = {
            {ip(0, 0, 0, 0), 8}, // "this network"
            {ip(10, 0, 0, 0), 8}, // private
            {ip(100, 64, 0, 0), 10}, // shared address space (CGNAT)
            {ip(127, 0, 0, 0), 8}, // loopback
            {ip(169, 254, 0, 0), 16}, // link-local
            {ip(172, 16, 0, 0), 12}, // private
            {ip(192, 0, 0, 0), 24}, // IETF protocol assignments
            {ip(192, 0, 2, 0), 24}, // documentation TEST-NET-1
            {ip(192, 88, 99, 0), 24}, // 6to4 relay anycast (deprecated)
            {ip(192, 168, 0, 0), 16}, // private
            {ip(198, 18, 0, 0), 15}, // benchmarking
            {ip(198, 51, 100, 0), 24}, // documentation TEST-NET-2
            {ip(203, 0, 113, 0), 24}, // documentation TEST-NET-3
            {ip(224, 0, 0, 0), 4}, // multicast
            {ip(240, 0, 0, 0), 4}, // reserved, and 255.255.255.255 broadcast
    };

    private final long value;

    private Ipv4Address(long value) {
        this.value = value;
    }

    /** Four dotted decimal octets of 0-255 without leading zeros; null when the text is not one. */
    static Ipv4Address parse(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        long value = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || part.length() > 1 && part.charAt(0) == '0'
                    || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return null;
            }
            value = value << 8 | octet;
        }
        return new Ipv4Address(value);
    }

    static Ipv4Address of(long value) {
        return new Ipv4Address(value & 0xFFFFFFFFL);
    }

    /** The address as an unsigned 32-bit number. */
    long value() {
        return value;
    }

    boolean isPublic() {
        for (long[] block : NOT_PUBLIC) {
            long mask = 0xFFFFFFFFL << (32 - block[1]) & 0xFFFFFFFFL;
            if ((value & mask) == block[0]) {
                return false;
            }
        }
        return true;
    }

    private static long ip(int a, int b, int c, int d) {
        return (long) a << 24 | b << 16 | c << 8 | d;
    }
}
