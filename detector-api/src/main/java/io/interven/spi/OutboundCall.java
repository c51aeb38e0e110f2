package io.interven.spi;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The HTTP call an agent intends to make, as tool recognizers and signals see it. Host and path are given as the
 * server will understand them, so that rules cannot be side-stepped by spelling: a trailing dot of a fully
 * qualified host is dropped, dot segments are resolved and percent-encoded unreserved characters decoded
 * ({@code /api/../%61dmin} is {@code /admin}).
 *
 * @param method  upper-case HTTP verb
 * @param url     the absolute URL as given
 * @param host    lower-case host name, without port or trailing dot
 * @param path    the normalized URL path, {@code /} when empty
 * @param query   the raw query string, empty when absent
 * @param headers header names as given; look them up with {@link #header(String)}, which ignores case
 */
public record OutboundCall(String method, String url, String host, String path, String query,
                           Map<String, String> headers) {
    public OutboundCall {
        Require.nonBlank(method, "method");
        Require.nonBlank(url, "url");
        Require.nonBlank(host, "host");
        Require.nonNull(path, "path");
        method = method.toUpperCase(Locale.ROOT);
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".") && host.length() > 1) {
            host = host.substring(0, host.length() - 1);
        }
        path = path.isEmpty() ? "/" : path;
        query = query == null ? "" : query;
        TreeMap<String, String> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            caseless.putAll(headers);
        }
        headers = java.util.Collections.unmodifiableMap(caseless);
    }

    /** Splits an absolute http(s) URL into the parts tool recognizers look at. */
    public static OutboundCall of(String method, String url, Map<String, String> headers) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url is not a valid URI: " + e.getReason());
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("url has no host");
        }
        return new OutboundCall(method, url, uri.getHost(), normalizedPath(uri.getRawPath()), uri.getRawQuery(),
                headers);
    }

    /**
     * RFC 3986 section 6.2.2: percent-encoded unreserved characters decoded, hex digits of the remaining escapes
     * upper-cased, dot segments removed; repeated until stable, so that encoded dots resolve too.
     */
    public static String normalizedPath(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        String path = rawPath;
        for (int round = 0; round < 3; round++) {
            String next = removeDotSegments(decodeUnreserved(path));
            if (next.equals(path)) {
                break;
            }
            path = next;
        }
        return path.isEmpty() ? "/" : path;
    }

    private static String decodeUnreserved(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2))) {
                char decoded = (char) Integer.parseInt(path.substring(i + 1, i + 3), 16);
                if (Character.isLetterOrDigit(decoded) && decoded < 128 || "-._~".indexOf(decoded) >= 0) {
                    out.append(decoded);
                } else {
                    out.append('%').append(path.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static String removeDotSegments(String path) {
        java.util.Deque<String> kept = new java.util.ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".")) {
                if (last) {
                    kept.addLast("");
                }
            } else if (segment.equals("..")) {
                if (!kept.isEmpty()) {
                    kept.removeLast();
                }
                if (last) {
                    kept.addLast("");
                }
            } else {
                kept.addLast(segment);
            }
        }
        return "/" + String.join("/", kept);
    }

    /** The value of a header, ignoring the case of its name. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** True when the host is {@code domain} itself or one of its sub-domains. */
    public boolean hostIsWithin(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        return host.equals(d) || host.endsWith("." + d);
    }
}
