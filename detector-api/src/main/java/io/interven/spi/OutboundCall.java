package io.interven.spi;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The HTTP call an agent intends to make, as tool recognizers and signals see it. Host and path are given as the
 * server will understand them, so that rules cannot be side-stepped by spelling: a trailing dot of a fully
 * qualified host is dropped, and the path is normalized by {@link #normalizedPath(String)}
 * ({@code //repos%2Fo/./r;x=1/} is {@code /repos/o/r}).
 *
 * @param method              upper-case HTTP verb
 * @param url                 the absolute URL as given
 * @param host                lower-case host name, without port or trailing dot
 * @param path                the normalized URL path, {@code /} when empty
 * @param query               the raw query string, empty when absent
 * @param headers             header names as given; look them up with {@link #header(String)}, which ignores case
 * @param sharedHostingSuffix set by the gateway: the shared-hosting suffix the host lies at or under (an entry of
 *                            the private section of the Public Suffix List, such as {@code s3.amazonaws.com} or
 *                            {@code herokuapp.com}), where names belong to whoever rents them; the host itself when
 *                            the gateway cannot classify it; empty when the host is under no such suffix
 */
public record OutboundCall(String method, String url, String host, String path, String query,
                           Map<String, String> headers, String sharedHostingSuffix) {
    public OutboundCall {
        Require.nonBlank(method, "method");
        Require.nonBlank(url, "url");
        host = withoutRootDot(Require.nonBlank(host, "host").toLowerCase(Locale.ROOT));
        Require.nonNull(path, "path");
        method = method.toUpperCase(Locale.ROOT);
        path = path.isEmpty() ? "/" : path;
        query = query == null ? "" : query;
        TreeMap<String, String> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            caseless.putAll(headers);
        }
        headers = Collections.unmodifiableMap(caseless);
        sharedHostingSuffix = sharedHostingSuffix == null ? ""
                : withoutRootDot(sharedHostingSuffix.toLowerCase(Locale.ROOT));
        if (!sharedHostingSuffix.isEmpty() && !isWithin(host, sharedHostingSuffix)) {
            throw new IllegalArgumentException("sharedHostingSuffix must be the host or one of its parent domains");
        }
    }

    /** A call whose host the gateway has not classified (no shared-hosting suffix known). */
    public OutboundCall(String method, String url, String host, String path, String query,
                        Map<String, String> headers) {
        this(method, url, host, path, query, headers, "");
    }

    /** Splits an absolute http(s) URL into the parts tool recognizers look at. */
    public static OutboundCall of(String method, String url, Map<String, String> headers) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url is not a valid URI: " + e.getReason());
        }
        String host = uri.getHost() != null ? uri.getHost() : hostNamedBy(uri.getRawAuthority());
        if (host == null) {
            throw new IllegalArgumentException("url has no host");
        }
        return new OutboundCall(method, url, host, normalizedPath(uri.getRawPath()), uri.getRawQuery(), headers);
    }

    /**
     * The host of an authority {@link URI} reads as a registry name, not a server's: {@code URI} follows RFC 2396,
     * whose host names have no underscore, where RFC 3986 and resolvers allow one ({@code http://tool_server:8000/}).
     * The host is what follows the last {@code @} and precedes a port; it counts when {@link HostPattern} reads it as a
     * host. Null otherwise.
     */
    private static String hostNamedBy(String authority) {
        if (authority == null) {
            return null;
        }
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostAndPort.lastIndexOf(':');
        String host = colon >= 0 && isPort(hostAndPort.substring(colon + 1)) ? hostAndPort.substring(0, colon)
                : hostAndPort;
        return !host.isEmpty() && host.chars().allMatch(c -> c < 0x80) && HostPattern.canonicalHost(host).isPresent()
                ? host : null;
    }

    private static boolean isPort(String text) {
        return !text.isEmpty() && text.length() <= 5 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * The path as a server understands it: escapes of unreserved characters decoded and the hex digits of the
     * others in upper case, encoded slashes and backslashes as slashes, runs of slashes collapsed,
     * {@code ;parameters} removed, dot segments resolved, no trailing slash; repeated until stable.
     */
    public static String normalizedPath(String rawPath) {
        return UrlPathNormalizer.normalize(rawPath);
    }

    /** The same call with the shared-hosting suffix of its host, as the gateway computes it. */
    public OutboundCall withSharedHostingSuffix(String suffix) {
        return new OutboundCall(method, url, host, path, query, headers, suffix);
    }

    /** True when the host lies at or under a shared-hosting suffix: its name belongs to whoever rents it. */
    public boolean isSharedHosting() {
        return !sharedHostingSuffix.isEmpty();
    }

    /** The value of a header, ignoring the case of its name. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** True when the host is {@code domain} itself or one of its sub-domains. */
    public boolean hostIsWithin(String domain) {
        return isWithin(host, withoutRootDot(domain.toLowerCase(Locale.ROOT)));
    }

    /**
     * True when the host is one of a credential's issuer hosts ({@link Finding#issuerDomains()}), so that the
     * credential authenticates this call rather than leaving with it. An entry names a host and its sub-domains;
     * a host at or under a shared-hosting suffix ({@link #isSharedHosting()}) counts only when an entry names it
     * exactly, since the provider does not own the names it rents out ({@code attacker.s3.amazonaws.com} is not
     * AWS's, {@code sts.us-east-1.amazonaws.com} is AWS's when listed).
     */
    public boolean isIssuerHost(Collection<String> issuerHosts) {
        for (String entry : issuerHosts) {
            String issuer = withoutRootDot(entry.toLowerCase(Locale.ROOT));
            if (host.equals(issuer) || !isSharedHosting() && isWithin(host, issuer)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWithin(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }

    private static String withoutRootDot(String name) {
        return name.endsWith(".") && name.length() > 1 ? name.substring(0, name.length() - 1) : name;
    }
}
