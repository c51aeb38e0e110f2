package io.interven.gateway.approval;

import io.interven.spi.OutboundCall;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A URL as an approval compares it: scheme and host without case, the host without its trailing dot, the
 * scheme's default port dropped, the path normalized as policies see it ({@link OutboundCall#normalizedPath}),
 * the query exactly as given, and no fragment (it is never sent). A URL that does not parse is kept as given.
 */
final class CanonicalUrl {
    private CanonicalUrl() {
    }

    static String of(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return url;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return url;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".") && host.length() > 1) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443)
                || (scheme.equals("http") && port == 80);
        String userInfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@";
        return scheme + "://" + userInfo + host + (defaultPort ? "" : ":" + port)
                + OutboundCall.normalizedPath(uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
