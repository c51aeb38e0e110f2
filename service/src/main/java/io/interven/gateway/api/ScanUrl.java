package io.interven.gateway.api;

import io.interven.spi.OutboundCall;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code url} of a scan request as the gateway reads it: an absolute http or https URL with a host, read as the
 * agent's HTTP client would send it, so that a URL the client accepts is scanned rather than refused, and every
 * stage of the scan (tool recognition, threat intel, policies, traces) sees that one URL.
 * <ul>
 *   <li>A host written in Unicode ({@code https://bücher.example/}, {@code https://пример.рф/}, ideographic full
 *       stops between labels) is sent as punycode, so it is read as punycode ({@link IDN#toASCII}). A look-alike host
 *       ({@code pаypal.com} with a Cyrillic {@code а}) thus becomes its own punycode name, never the name it
 *       imitates.</li>
 *   <li>Characters a client escapes before sending, in the path, query and fragment (a space, {@code " < > \ ^ ` {
 *       | }}, brackets in the path, a {@code %} that starts no escape, a second {@code #}), are escaped as it
 *       escapes them ({@code ?q=hello world} is {@code ?q=hello%20world}); what {@link URI} accepts is left as
 *       written.</li>
 *   <li>A host {@link URI} reads only as a registry name for its underscores ({@code http://tool_server:8000/}) is
 *       read as {@link OutboundCall#of} reads it.</li>
 * </ul>
 * Control characters, a space in the host, another scheme or no host at all are refused.
 */
final class ScanUrl {
    private static final String ESCAPED_BY_CLIENTS = " \"<>\\^`{|}";
    /** Brackets: {@link URI} takes them in a query and a fragment, not in a path. */
    private static final String ESCAPED_IN_PATH = "[]";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ScanUrl() {
    }

    /** The URL to scan: as given when it reads as it is, else as a client would send it, or empty when it is none. */
    static Optional<String> of(String text) {
        if (hasHttpHost(text)) {
            return Optional.of(text);
        }
        int authorityStart = text.indexOf("://") + 3;
        if (authorityStart < 4) {
            return Optional.empty();
        }
        int authorityEnd = authorityEnd(text, authorityStart);
        Optional<String> host = asciiHostOf(text.substring(authorityStart, authorityEnd));
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String sent = text.substring(0, authorityStart) + host.get() + escapedRest(text.substring(authorityEnd));
        return hasHttpHost(sent) ? Optional.of(sent) : Optional.empty();
    }

    /** An absolute http or https URL whose host the scan can read ({@link OutboundCall#of}). */
    static boolean hasHttpHost(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                return false;
            }
            if (uri.getHost() != null) {
                return !uri.getHost().isBlank(); // the common case: one parse
            }
            return !OutboundCall.of("GET", text, Map.of()).host().isBlank();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    private static int authorityEnd(String text, int authorityStart) {
        int end = authorityStart;
        while (end < text.length() && "/?#".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** The authority with a non-ASCII host name in punycode; as given when ASCII; empty when the name is invalid. */
    private static Optional<String> asciiHostOf(String authority) {
        int hostStart = authority.lastIndexOf('@') + 1;
        int hostEnd = authority.length();
        int colon = authority.lastIndexOf(':');
        if (colon >= hostStart && isPort(authority.substring(colon + 1))) {
            hostEnd = colon;
        }
        String host = authority.substring(hostStart, hostEnd);
        if (host.chars().allMatch(c -> c < 0x80)) {
            return Optional.of(authority);
        }
        if (host.startsWith("[")) {
            return Optional.empty();
        }
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException notAName) {
            return Optional.empty();
        }
        if (ascii.isEmpty() || ascii.chars().anyMatch(c -> c >= 0x80)) {
            return Optional.empty();
        }
        return Optional.of(authority.substring(0, hostStart) + ascii + authority.substring(hostEnd));
    }

    /** Path, query and fragment with what clients escape escaped; the rest, non-ASCII included, as written. */
    private static String escapedRest(String rest) {
        StringBuilder sent = new StringBuilder(rest.length() + 16);
        boolean inPath = true;
        boolean inFragment = false;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            boolean escape = ESCAPED_BY_CLIENTS.indexOf(c) >= 0
                    || inPath && ESCAPED_IN_PATH.indexOf(c) >= 0
                    || c == '%' && !(i + 2 < rest.length() && isHex(rest.charAt(i + 1)) && isHex(rest.charAt(i + 2)))
                    || c == '#' && inFragment;
            inPath &= c != '?' && c != '#';
            inFragment |= c == '#';
            if (escape) {
                sent.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else {
                sent.append(c);
            }
        }
        return sent.toString();
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isPort(String text) {
        return !text.isEmpty() && text.length() <= 5 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
