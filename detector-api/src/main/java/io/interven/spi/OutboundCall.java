package io.interven.spi;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The HTTP call an agent intends to make, as tool recognizers and signals see it.
 *
 * @param method  upper-case HTTP verb
 * @param url     the absolute URL as given
 * @param host    lower-case host name, without port
 * @param path    the URL path, {@code /} when empty
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
        return new OutboundCall(method, url, uri.getHost(), uri.getRawPath() == null ? "/" : uri.getRawPath(),
                uri.getRawQuery(), headers);
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
