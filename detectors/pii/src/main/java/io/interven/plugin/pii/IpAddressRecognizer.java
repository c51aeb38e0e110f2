package io.interven.plugin.pii;

import io.interven.spi.ScanField;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Public IP addresses, IPv4 ({@code 203.0.114.7}, with or without a port) and IPv6 ({@code 2a00:1450:4001::200e}).
 * Private, loopback, link-local, shared (CGNAT), documentation, multicast and reserved addresses are not personal
 * data and are left out ({@link Ipv4Address}, {@link Ipv6Address}); so are network blocks in CIDR notation, dotted
 * numbers that run on ({@code 1.3.6.1.4.1}) or belong to a word ({@code v1.2.3.4}, {@code Chrome/120.0.6099.109}),
 * and dotted numbers after words such as {@code version} or {@code build}.
 */
final class IpAddressRecognizer extends PatternRecognizer {
    static final String ENTITY_TYPE = "IP_ADDRESS";
    private static final double CONFIDENCE_WITH_CONTEXT = 0.9;
    private static final double CONFIDENCE = 0.75;
    private static final int MIN_IPV6_GROUPS = 3;
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<v4>(?<![A-Za-z0-9_.\\-/\\\\])\\d{1,3}(?:\\.\\d{1,3}){3}(?![A-Za-z0-9_\\-]|\\.\\d|/\\d))"
                    + "|(?<v6>(?<![A-Za-z0-9_.:\\-/])(?:[0-9A-Fa-f]{0,4}:){2,7}"
                    + "(?:\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9A-Fa-f]{0,4})(?![A-Za-z0-9_:\\-/]|\\.\\w))");
    private static final ContextWords CONTEXT = ContextWords.of("ip", "ips", "ipv4", "ipv6", "address", "addr",
            "client", "remote", "host", "source", "src", "from", "connected", "login", "logged", "origin", "peer",
            "forwarded", "requests");
    private static final ContextWords NOT_AN_IP = ContextWords.of("version", "ver", "release", "build", "firmware",
            "revision", "rev", "patch", "sdk", "kernel", "driver", "upgrade", "upgraded", "package", "oid", "mib",
            "section", "chapter", "clause", "figure", "table");

    IpAddressRecognizer() {
        super(ENTITY_TYPE, CANDIDATE, IpAddressRecognizer::nextStart);
    }

    /**
     * Where {@link #CANDIDATE} may match. An IPv4 address opens with one to three digits and a dot, an IPv6 address
     * with up to four hex digits and a colon, and neither may start right after a letter, digit or {@code _.-/}:
     * so every match starts at the beginning of the run of digits (hex digits) just before a dot (colon), and each
     * dot or colon allows one start at most. The dots and colons are found with {@link String#indexOf}.
     */
    static int nextStart(String text, int from) {
        int at = Math.max(from, 0);
        int dot = text.indexOf('.', at);
        int colon = text.indexOf(':', at);
        while (dot >= 0 || colon >= 0) {
            boolean isColon = dot < 0 || colon >= 0 && colon < dot;
            int anchor = isColon ? colon : dot;
            int start = runStart(text, anchor, isColon);
            if (start >= at && (start == 0 || !isGluedBefore(text.charAt(start - 1)))
                    && (isColon || start < anchor)) {
                return start;
            }
            if (isColon) {
                colon = text.indexOf(':', colon + 1);
            } else {
                dot = text.indexOf('.', dot + 1);
            }
        }
        return -1;
    }

    /**
     * Where the run of at most four hex digits (before a colon) or three digits (before a dot) that ends at
     * {@code anchor} starts; a longer run gives a start right after a digit, which the look-behinds rule out.
     */
    private static int runStart(String text, int anchor, boolean hex) {
        int limit = hex ? 4 : 3;
        int i = anchor;
        while (i > 0 && anchor - i < limit + 1 && (hex ? isHex(text.charAt(i - 1))
                : CandidateStarts.isDigit(text.charAt(i - 1)))) {
            i--;
        }
        return i;
    }

    /** What both branches' look-behinds rule out: {@code [A-Za-z0-9_.\-/]}. */
    private static boolean isGluedBefore(char c) {
        return CandidateStarts.isAsciiLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '/';
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    @Override
    public String id() {
        return "ip-address";
    }

    /** Four numbers and three dots (IPv4), or two colons at least (IPv6). */
    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.dots >= 3 && profile.digits >= 4 || profile.colons >= 2;
    }

    @Override
    boolean isWorthMatching(ScanField field) {
        return field.text().indexOf('.') >= 0 || field.text().indexOf(':') >= 0;
    }

    @Override
    double confidence(ScanField field, Matcher match) {
        if (!isPublicAddress(match)) {
            return REJECTED;
        }
        int contextWord = CONTEXT.lastBefore(field.text(), match.start());
        if (NOT_AN_IP.lastBefore(field.text(), match.start()) > contextWord) {
            return REJECTED;
        }
        return contextWord >= 0 || CONTEXT.inKey(field.key()) ? CONFIDENCE_WITH_CONTEXT : CONFIDENCE;
    }

    private static boolean isPublicAddress(Matcher match) {
        String v4 = match.group("v4");
        if (v4 != null) {
            Ipv4Address address = Ipv4Address.parse(v4);
            return address != null && address.isPublic();
        }
        String v6 = match.group("v6");
        Ipv6Address address = Ipv6Address.parse(v6);
        return address != null && hasEnoughGroups(v6) && address.isPublic();
    }

    /** {@code a::b} is more often code ({@code std::max}) than an address: ask for three groups at least. */
    private static boolean hasEnoughGroups(String written) {
        return written.split("[:.]+").length >= MIN_IPV6_GROUPS;
    }
}
