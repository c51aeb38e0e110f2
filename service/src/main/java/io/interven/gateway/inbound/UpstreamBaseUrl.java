package io.interven.gateway.inbound;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The base URL a route forwards to, checked and normalized: absolute {@code https} ({@code http} only for a loopback
 * host, or anywhere when {@code inbound.allowPlainHttp} says so), a plain host name or IP address, no user-info,
 * query or fragment, no dot segments, empty segments or encoded slashes, backslashes or control characters
 * (written plainly or percent-encoded), and stored in one spelling: scheme and host in lower case, the scheme's
 * default port dropped, no trailing slash. The proxy appends a call's path to it, so nothing in it may move that
 * path elsewhere.
 *
 * @param url     the normalized URL, null when {@code problem} is set
 * @param problem what is wrong ("must ..."), null when the URL is fine
 */
public record UpstreamBaseUrl(String url, String problem) {
    public static final int MAX_LENGTH = 2048;
    private static final Pattern LABEL = Pattern.compile("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$");
    private static final Pattern IPV4 = Pattern.compile(
            "^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$");
    private static final Pattern PERCENT = Pattern.compile("%[0-9A-Fa-f]{2}");

    public boolean isValid() {
        return problem == null;
    }

    public static UpstreamBaseUrl check(String text, boolean allowPlainHttp) {
        if (text.length() > MAX_LENGTH) {
            return refused("must be at most " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return refused("must be ASCII without spaces or control characters (a Unicode host in punycode)");
            }
            if (c == '\\') {
                return refused("must not contain a backslash");
            }
        }
        if (text.indexOf('?') >= 0) {
            return refused("must not have a query (?): the proxy forwards the call's own");
        }
        if (text.indexOf('#') >= 0) {
            return refused("must not have a fragment (#)");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return refused("must be an absolute URL (https://host/path)");
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getScheme() == null) {
            return refused("must be an absolute URL (https://host/path)");
        }
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            return refused("must not carry user-info (user:password@): the route's credential does that");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return refused("must name a host");
        }
        host = host.toLowerCase(Locale.ROOT);
        String hostProblem = hostProblem(host);
        if (hostProblem != null) {
            return refused(hostProblem);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return refused("must use https");
        }
        if (scheme.equals("http") && !allowPlainHttp && !isLoopback(host)) {
            return refused("must use https (http only for a loopback host, unless inbound.allowPlainHttp is true)");
        }
        int port = uri.getPort();
        if (uri.getRawAuthority().endsWith(":") || (port != -1 && (port < 1 || port > 65535))) {
            return refused("must have a port from 1 to 65535, or none");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String pathProblem = pathProblem(path);
        if (pathProblem != null) {
            return refused(pathProblem);
        }
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443)
                || (scheme.equals("http") && port == 80);
        return new UpstreamBaseUrl(scheme + "://" + host + (defaultPort ? "" : ":" + port) + path, null);
    }

    private static UpstreamBaseUrl refused(String problem) {
        return new UpstreamBaseUrl(null, problem);
    }

    /**
     * A host is a dotted-quad IPv4 address, a bracketed IPv6 address, or a DNS name of letters, digits and inner
     * hyphens whose last label is not all digits (so {@code 2130706433} or {@code 0x7f.1}, read as addresses by
     * some resolvers, are refused).
     */
    private static String hostProblem(String host) {
        if (host.startsWith("[")) {
            return host.endsWith("]") && host.length() > 2 && host.indexOf('%') < 0 ? null
                    : "must name a valid IPv6 address in brackets (no zone)";
        }
        if (IPV4.matcher(host).matches()) {
            return null;
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.isEmpty() || name.length() > 253) {
            return "must name a host";
        }
        String[] labels = name.split("\\.", -1);
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return "must name a host of letters, digits, '-' and '.' (a Unicode name in punycode)";
            }
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            return "must name a host as a DNS name or a dotted-quad IPv4 address";
        }
        return null;
    }

    /** Loopback by its spelling only (never by resolving a name): {@code localhost}, {@code 127.x.x.x}, {@code [::1]}. */
    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("localhost.") || host.equals("[::1]")
                || (IPV4.matcher(host).matches() && host.startsWith("127."));
    }

    private static String pathProblem(String rawPath) {
        if (rawPath.isEmpty()) {
            return null;
        }
        String[] segments = rawPath.substring(1).split("/", -1);
        for (String segment : segments) {
            if (segment.isEmpty()) {
                return "must not have empty path segments (//)";
            }
            if (segment.indexOf(';') >= 0) {
                return "must not have path parameters (;)";
            }
            String decoded = decoded(segment);
            if (decoded == null) {
                return "must percent-encode with '%' and two hex digits only";
            }
            if (decoded.equals(".") || decoded.equals("..")) {
                return "must not have '.' or '..' segments, written plainly or percent-encoded";
            }
            for (int c = 0; c < decoded.length(); c++) {
                char ch = decoded.charAt(c);
                if (ch == '/' || ch == '\\' || ch == '%' || ch < 0x20 || ch == 0x7f || ch == '?' || ch == '#'
                        || ch == ';') {
                    return "must not percent-encode '/', '\\', '%', '?', '#', ';' or control characters";
                }
            }
        }
        return null;
    }

    /** The segment with its %XX escapes decoded (each as one byte read as Latin-1), null if an escape is malformed. */
    private static String decoded(String segment) {
        StringBuilder out = new StringBuilder(segment.length());
        int i = 0;
        while (i < segment.length()) {
            char c = segment.charAt(i);
            if (c == '%') {
                if (i + 3 > segment.length() || !PERCENT.matcher(segment.substring(i, i + 3)).matches()) {
                    return null;
                }
                out.append((char) Integer.parseInt(segment.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
