package io.interven.plugin.pii;

import java.util.Locale;

/**
 * An IPv6 address (eight groups of up to four hex digits, {@code ::} for a run of zero groups, optionally an
 * IPv4 address in the last 32 bits) and whether it is public: not unspecified, loopback, IPv4-mapped to a
 * non-public IPv4 address, otherwise in the reserved {@code ::/8}, discard-only, documentation, unique-local,
 * link-local, site-local or multicast.
 */
final class Ipv6Address {
    private static final int GROUPS = 8;
    private final int[] groups;

    private Ipv6Address(int[] groups) {
        this.groups = groups;
    }

    /** The address, or null when the text is not an IPv6 address in standard notation. */
    static Ipv6Address parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int compressed = lower.indexOf("::");
        if (compressed >= 0 && lower.indexOf("::", compressed + 1) >= 0) {
            return null;
        }
        int[] head = compressed < 0 ? groupsOf(lower, true) : groupsOf(lower.substring(0, compressed), false);
        int[] tail = compressed < 0 ? new int[0] : groupsOf(lower.substring(compressed + 2), true);
        if (head == null || tail == null) {
            return null;
        }
        int present = head.length + tail.length;
        if (compressed < 0 ? present != GROUPS : present > GROUPS - 1) {
            return null;
        }
        int[] groups = new int[GROUPS];
        System.arraycopy(head, 0, groups, 0, head.length);
        System.arraycopy(tail, 0, groups, GROUPS - tail.length, tail.length);
        return new Ipv6Address(groups);
    }

    /** The hex groups of a colon-separated part; the last may be a dotted IPv4 address (two groups). */
    private static int[] groupsOf(String part, boolean mayEndInIpv4) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] pieces = part.split(":", -1);
        int ipv4Groups = mayEndInIpv4 && pieces[pieces.length - 1].contains(".") ? 2 : 0;
        int[] groups = new int[pieces.length - (ipv4Groups > 0 ? 1 : 0) + ipv4Groups];
        for (int i = 0; i < pieces.length - (ipv4Groups > 0 ? 1 : 0); i++) {
            String piece = pieces[i];
            if (piece.isEmpty() || piece.length() > 4 || !piece.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return null;
            }
            groups[i] = Integer.parseInt(piece, 16);
        }
        if (ipv4Groups > 0) {
            Ipv4Address v4 = Ipv4Address.parse(pieces[pieces.length - 1]);
            if (v4 == null) {
                return null;
            }
            long value = v4.value();
            groups[groups.length - 2] = (int) (value >>> 16);
            groups[groups.length - 1] = (int) (value & 0xFFFF);
        }
        return groups;
    }

    boolean isPublic() {
        int first = groups[0];
        if (isZero(0, 7) || isZero(0, 6) && groups[7] == 1) {
            return false; // unspecified, loopback
        }
        if (isZero(0, 4) && groups[5] == 0xFFFF) {
            return Ipv4Address.of((long) groups[6] << 16 | groups[7]).isPublic(); // IPv4-mapped
        }
        return !(first < 0x0100 // reserved ::/8 (IPv4-compatible and the like)
                || first == 0x0100 && isZero(1, 3) // discard-only 100::/64
                || first == 0x2001 && groups[1] == 0x0db8 // documentation 2001:db8::/32
                || first == 0x3FFF && (groups[1] & 0xF000) == 0 // documentation 3fff::/20
                || (first & 0xFE00) == 0xFC00 // unique local fc00::/7
                || (first & 0xFFC0) == 0xFE80 // link-local fe80::/10
                || (first & 0xFFC0) == 0xFEC0 // site-local (deprecated) fec0::/10
                || (first & 0xFF00) == 0xFF00); // multicast ff00::/8
    }

    private boolean isZero(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (groups[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
