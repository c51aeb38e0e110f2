package io.interven.spi;

import java.math.BigInteger;
import java.net.IDN;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one meaning of a host pattern, shared by policy rules ({@code match.host}) and the tool catalogue:
 * <ul>
 *   <li>{@code slack.com} is exactly that host;</li>
 *   <li>{@code *.slack.com} is any sub-domain of {@code slack.com} at any depth ({@code hooks.slack.com},
 *       {@code a.b.slack.com}), never {@code slack.com} itself and never a look-alike ({@code evilslack.com},
 *       {@code slack.com.evil.io});</li>
 *   <li>{@code *} alone is any host.</li>
 * </ul>
 * A {@code *} anywhere else ({@code api-*.example.com}, {@code *slack.com}, {@code a.*.com}, {@code **}) is refused,
 * as is a port ({@code slack.com:443}: a call is matched by its host, whatever its port), a URL, or anything that is
 * not a host name or an IP address.
 *
 * <p>Pattern and host are read the same way: case does not matter, one trailing dot is ignored
 * ({@code slack.com.} is {@code slack.com}), a Unicode name is its punycode ({@code bücher.example} is
 * {@code xn--bcher-kva.example}). An IPv4 address matches only that address, in whatever spelling a URL parser
 * accepts for it ({@code 2130706433}, {@code 0x7f.0.0.1} and {@code 127.1} are {@code 127.0.0.1}); an IPv6 address
 * is written with or without brackets and compared as an address ({@code [0:0:0:0:0:0:0:1]} is {@code [::1]}, an
 * IPv4-mapped address is its IPv4 address, a zone index of the host is ignored). {@code *.domain} never matches
 * an IP address.
 *
 * <p>Instances are immutable; {@link #source()} is the canonical text (lower case, punycode, no trailing dot,
 * IPv6 in brackets and compressed), so two patterns with the same meaning have the same source.
 */
public final class HostPattern {
    private static final int MAX_NAME_LENGTH = 253;
    private static final int MAX_LABEL_LENGTH = 63;
    private static final String ANY = "*";
    private static final String SUB_DOMAINS = "*.";

    private enum Kind { ANY_HOST, EXACT, SUB_DOMAINS }

    private final Kind kind;
    /** The canonical host, or the canonical domain of a {@code *.domain} pattern; empty for {@code *}. */
    private final String host;

    private HostPattern(Kind kind, String host) {
        this.kind = kind;
        this.host = host;
    }

    /**
     * Reads a pattern.
     *
     * @throws IllegalArgumentException when it is not a host pattern; the message says why, for the person who
     *                                  wrote it
     */
    public static HostPattern parse(String pattern) {
        Require.nonNull(pattern, "host pattern");
        if (pattern.equals(ANY)) {
            return new HostPattern(Kind.ANY_HOST, "");
        }
        if (pattern.startsWith(SUB_DOMAINS)) {
            String domain = pattern.substring(SUB_DOMAINS.length());
            requireNoWildcard(pattern, domain);
            String canonical = canonicalPatternHost(pattern, domain);
            if (isIpAddress(canonical)) {
                throw refused(pattern, "*. takes a domain name, not an IP address (an address has no sub-domains)");
            }
            return new HostPattern(Kind.SUB_DOMAINS, canonical);
        }
        requireNoWildcard(pattern, pattern);
        return new HostPattern(Kind.EXACT, canonicalPatternHost(pattern, pattern));
    }

    /**
     * The canonical form of a call's host, as patterns compare it; empty when the text is not a host name or an IP
     * address.
     */
    public static Optional<String> canonicalHost(String host) {
        return Optional.ofNullable(canonical(host, true));
    }

    /** True when the host (as a call gives it: any case, trailing dot, brackets) is matched. Null never is. */
    public boolean matches(String callHost) {
        if (callHost == null || callHost.isEmpty()) {
            return false;
        }
        if (kind == Kind.ANY_HOST) {
            return true;
        }
        return matchesCanonical(canonical(callHost, true));
    }

    /**
     * {@link #matches} for a host already in its canonical form ({@link #canonicalHost}; null or empty never
     * matches): the same answer, without canonicalizing the host again, for a caller that compares one host with
     * many patterns.
     */
    public boolean matchesCanonical(String canonicalHost) {
        if (canonicalHost == null || canonicalHost.isEmpty()) {
            return false;
        }
        if (kind == Kind.ANY_HOST) {
            return true;
        }
        if (kind == Kind.EXACT) {
            return canonicalHost.equals(host);
        }
        return canonicalHost.length() > host.length() + 1 && canonicalHost.endsWith(host)
                && canonicalHost.charAt(canonicalHost.length() - host.length() - 1) == '.'
                && !isIpAddress(canonicalHost);
    }

    /** True for {@code *.domain}, which names hosts by their parent domain rather than one by one. */
    public boolean isSubDomainPattern() {
        return kind == Kind.SUB_DOMAINS;
    }

    /** True for {@code *}, every host. */
    public boolean isAnyHost() {
        return kind == Kind.ANY_HOST;
    }

    /** The canonical text of the pattern. */
    public String source() {
        return switch (kind) {
            case ANY_HOST -> ANY;
            case SUB_DOMAINS -> SUB_DOMAINS + host;
            case EXACT -> host;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HostPattern that && kind == that.kind && host.equals(that.host);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, host);
    }

    @Override
    public String toString() {
        return source();
    }

    private static void requireNoWildcard(String pattern, String rest) {
        if (rest.indexOf('*') >= 0) {
            throw refused(pattern, "* stands alone (any host) or as the whole first label of *.domain (any "
                    + "sub-domain of domain, at any depth), nowhere else");
        }
    }

    private static String canonicalPatternHost(String pattern, String text) {
        if (text.isEmpty()) {
            throw refused(pattern, "names no host");
        }
        if (text.contains("/") || text.contains("@") || text.contains("?") || text.contains("#")) {
            throw refused(pattern, "not a host: write the host name alone, without scheme, user, path or query");
        }
        if (hasPort(text)) {
            throw refused(pattern, "a port is not part of a host pattern: a call is matched by its host, whatever "
                    + "its port");
        }
        if (text.indexOf('%') >= 0) {
            throw refused(pattern, "a zone index (%...) is not part of a host pattern");
        }
        String canonical = canonical(text, false);
        if (canonical == null) {
            throw refused(pattern, "not a host name, IPv4 or IPv6 address (a name is labels of letters, digits, "
                    + "underscores and inner hyphens, at most 63 characters each)");
        }
        return canonical;
    }

    private static boolean hasPort(String text) {
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            return close > 0 && close + 1 < text.length() && text.charAt(close + 1) == ':';
        }
        return text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':');
    }

    private static IllegalArgumentException refused(String pattern, String why) {
        return new IllegalArgumentException("'" + pattern + "' is not a host pattern: " + why);
    }

    private static boolean isIpAddress(String canonical) {
        return canonical.startsWith("[") || endsInNumber(canonical);
    }

    /** The canonical host, or null. A call's host may carry an IPv6 zone index, which is dropped. */
    private static String canonical(String text, boolean dropZone) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (isHostName(text) && !endsInNumber(text)) {
            return text; // already canonical, the common case: one pass, nothing allocated
        }
        if (text.startsWith("[")) {
            return text.endsWith("]") ? ipv6(text.substring(1, text.length() - 1), dropZone) : null;
        }
        if (text.indexOf(':') >= 0) {
            return ipv6(text, dropZone);
        }
        String ascii = text;
        if (!isAscii(text)) {
            try {
                ascii = IDN.toASCII(text, 0);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        String name = withoutTrailingDot(ascii).toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return null;
        }
        if (endsInNumber(name)) {
            return ipv4(name);
        }
        return isHostName(name) ? name : null;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static String withoutTrailingDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /**
     * Letters, digits, underscores and inner hyphens in labels of 1 to 63 characters, 253 at most in all. An
     * underscore is not for a host on the public Internet, but DNS carries it ({@code _dmarc}), RFC 3986 allows it in a
     * URL's host, and resolvers inside networks answer for it (a container named {@code tool_server}): a call to such a
     * host goes out, so it has a host that patterns compare.
     */
    private static boolean isHostName(String name) {
        if (name.length() > MAX_NAME_LENGTH) {
            return false;
        }
        int labelStart = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == '.') {
                int length = i - labelStart;
                if (length == 0 || length > MAX_LABEL_LENGTH || name.charAt(labelStart) == '-'
                        || name.charAt(i - 1) == '-') {
                    return false;
                }
                labelStart = i + 1;
            } else {
                char c = name.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when the last label is a number, as the WHATWG URL standard reads a host: then the host is an IPv4
     * address or nothing.
     */
    private static boolean endsInNumber(String name) {
        int start = name.lastIndexOf('.') + 1;
        if (start == name.length()) {
            return false;
        }
        boolean hex = name.startsWith("0x", start);
        for (int i = hex ? start + 2 : start; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(hex ? isHexDigit(c) : c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
    }

    /**
     * An IPv4 address in any spelling the WHATWG URL standard accepts (one to four parts, each decimal, octal with
     * a leading {@code 0} or hexadecimal with {@code 0x}), as dotted decimal; null when it is not one.
     */
    private static String ipv4(String name) {
        String[] parts = name.split("\\.", -1);
        if (parts.length > 4) {
            return null;
        }
        long address = 0;
        for (int i = 0; i < parts.length; i++) {
            BigInteger part = ipv4Part(parts[i]);
            boolean last = i == parts.length - 1;
            BigInteger limit = last ? BigInteger.valueOf(256).pow(5 - parts.length) : BigInteger.valueOf(256);
            if (part == null || part.compareTo(limit) >= 0) {
                return null;
            }
            address = last ? address + part.longValue() : address + (part.longValue() << (8 * (3 - i)));
        }
        return (address >>> 24 & 0xff) + "." + (address >>> 16 & 0xff) + "." + (address >>> 8 & 0xff) + "."
                + (address & 0xff);
    }

    private static BigInteger ipv4Part(String part) {
        if (part.isEmpty()) {
            return null;
        }
        int radix = 10;
        String digits = part;
        if (part.startsWith("0x")) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() > 1 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty()) {
            return BigInteger.ZERO;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0) {
                return null;
            }
        }
        return new BigInteger(digits, radix);
    }

    /** An IPv6 address, compressed as RFC 5952 writes it, in brackets; an IPv4-mapped one as its IPv4 address. */
    private static String ipv6(String text, boolean dropZone) {
        String address = text;
        int zone = text.indexOf('%');
        if (zone >= 0) {
            if (!dropZone) {
                return null;
            }
            address = text.substring(0, zone);
        }
        if (address.indexOf(':') < 0 || !address.chars().allMatch(c -> c == ':' || c == '.' || isHexDigit(
                Character.toLowerCase(c)))) {
            return null;
        }
        InetAddress parsed;
        try {
            // a bracketed text holding ':' is parsed as a literal or refused, never looked up
            parsed = InetAddress.getByName("[" + address + "]");
        } catch (UnknownHostException | IllegalArgumentException e) {
            return null;
        }
        if (parsed instanceof Inet4Address) {
            return parsed.getHostAddress();
        }
        return "[" + compressed(parsed.getAddress()) + "]";
    }

    private static String compressed(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = (bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
