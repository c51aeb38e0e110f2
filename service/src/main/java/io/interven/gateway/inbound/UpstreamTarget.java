package io.interven.gateway.inbound;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Where one inbound call is forwarded: the route's upstream base, the caller's path below it and the caller's query
 * (with a {@link RouteCredential.Query} credential appended). The path is checked by {@link UpstreamPath} and the URI
 * built from it is checked once more as a whole (same scheme, host and port, no dot segment left to resolve, a path
 * equal to the base path or below {@code basePath/}), so that a caller of {@code /inbound/{prefix}} reaches the
 * upstream's API under the route's base and nothing else the route's credential opens.
 *
 * <p>{@link #toString()} and {@link #withoutQuery()} never show the query: it may hold the route's credential.
 */
public final class UpstreamTarget {
    private final URI uri;

    private UpstreamTarget(URI uri) {
        this.uri = uri;
    }

    /**
     * @param base     the route's upstream base URL (absolute http or https, no user-info, query or fragment)
     * @param rawPath  the path after {@code /inbound/{prefix}}, as sent (percent-encoded); null or empty for the base
     * @param rawQuery the query, as sent (percent-encoded, without {@code ?}); null for none
     * @param credential the route's credential; only a {@link RouteCredential.Query} changes the target
     * @throws UpstreamPathRefused when the path or query could leave the base, or be read so by some server
     */
    public static UpstreamTarget resolve(URI base, String rawPath, String rawQuery, RouteCredential credential)
            throws UpstreamPathRefused {
        Objects.requireNonNull(credential, "credential");
        String basePath = basePathOf(base);
        String path = UpstreamPath.checked(rawPath);
        String query = UpstreamQuery.checked(rawQuery, credential);
        String text = base.getScheme() + "://" + base.getRawAuthority() + basePath + path
                + (query.isEmpty() ? "" : "?" + query);
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new UpstreamPathRefused("the path and query do not make a URI");
        }
        requireUnderBase(base, basePath, uri);
        return new UpstreamTarget(uri);
    }

    /** The URI to call, query and credential included. */
    public URI uri() {
        return uri;
    }

    /** Scheme, host, port and path: what a message or a log line may name. */
    public String withoutQuery() {
        return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
    }

    @Override
    public String toString() {
        return "UpstreamTarget[" + withoutQuery() + "]";
    }

    private static String basePathOf(URI base) {
        if (!base.isAbsolute() || base.getRawAuthority() == null || base.getHost() == null
                || base.getRawUserInfo() != null || base.getRawQuery() != null || base.getRawFragment() != null
                || !("http".equalsIgnoreCase(base.getScheme()) || "https".equalsIgnoreCase(base.getScheme()))) {
            throw new IllegalArgumentException("an upstream base must be an absolute http or https URL without "
                    + "user-info, query or fragment");
        }
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The built URI, checked as a whole: whatever the path checks missed cannot leave the base here. */
    private static void requireUnderBase(URI base, String basePath, URI uri) throws UpstreamPathRefused {
        boolean sameOrigin = base.getScheme().equalsIgnoreCase(uri.getScheme())
                && base.getHost().equalsIgnoreCase(uri.getHost()) && base.getPort() == uri.getPort()
                && base.getRawAuthority().equals(uri.getRawAuthority()) && uri.getRawUserInfo() == null
                && uri.getRawFragment() == null;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        boolean underBase = path.equals(basePath) || path.startsWith(basePath + "/");
        boolean resolved = uri.normalize().getRawPath().equals(path);
        if (!sameOrigin || !underBase || !resolved) {
            throw new UpstreamPathRefused("the path leaves the route's upstream base");
        }
    }
}
