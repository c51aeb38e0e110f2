package io.interven.gateway.api;

import io.interven.spi.OutboundCall;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code url} of a scan request as the gateway reads it: an absolute http or https URL with a host. A host
 * written in Unicode ({@code https://bücher.example/}, {@code https://пример.рф/}, ideographic full stops between
 * labels) is what an agent's HTTP client sends as punycode, so it is read as punycode: the URL is rewritten with the
 * host in its ASCII form ({@link IDN#toASCII}) and everything else as written, and every stage of the scan sees that
 * one URL (tool recognition, threat intel, policies, traces). A look-alike host ({@code pаypal.com} with a Cyrillic
 * {@code а}) thus becomes its own punycode name, never the name it imitates. A host {@link URI} reads only as a
 * registry name for its underscores ({@code http://tool_server:8000/}) is read as {@link OutboundCall#of} reads it.
 * Anything else with no host is refused.
 */
final class ScanUrl {
    private ScanUrl() {
    }

    /** The URL to scan: as given when it has an ASCII host, with its host in punycode, or empty when it is none. */
    static Optional<String> of(String text) {
        if (hasHttpHost(text)) {
            return Optional.of(text);
        }
        return withAsciiHost(text).filter(ScanUrl::hasHttpHost);
    }

    /** An absolute http or https URL whose host the scan can read ({@link OutboundCall#of}). */
    static boolean hasHttpHost(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                return false;
            }
            return !OutboundCall.of("GET", text, Map.of()).host().isBlank();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The URL with a non-ASCII host name in punycode; empty when it has no such host or the name is not valid. */
    private static Optional<String> withAsciiHost(String text) {
        int schemeEnd = text.indexOf("://");
        if (schemeEnd <= 0) {
            return Optional.empty();
        }
        int authorityStart = schemeEnd + 3;
        int authorityEnd = authorityStart;
        while (authorityEnd < text.length() && "/?#".indexOf(text.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        String authority = text.substring(authorityStart, authorityEnd);
        int hostStart = authority.lastIndexOf('@') + 1;
        int hostEnd = authority.length();
        int colon = authority.lastIndexOf(':');
        if (colon >= hostStart && isPort(authority.substring(colon + 1))) {
            hostEnd = colon;
        }
        String host = authority.substring(hostStart, hostEnd);
        if (host.isEmpty() || host.startsWith("[") || host.chars().allMatch(c -> c < 0x80)) {
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
        return Optional.of(text.substring(0, authorityStart) + authority.substring(0, hostStart) + ascii
                + authority.substring(hostEnd) + text.substring(authorityEnd));
    }

    private static boolean isPort(String text) {
        return !text.isEmpty() && text.length() <= 5 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
