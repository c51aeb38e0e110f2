package io.interven.gateway.inbound;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a route's fields may hold, each rule answering the problem in words ("must be ...") or nothing when the value
 * is fine. The admin API names the field; the proxy may rely on every stored route passing them.
 */
public final class RouteRules {
    public static final Pattern PREFIX = Pattern.compile("^[a-z0-9][a-z0-9-]{0,62}$");
    /** Every method a route may forward, in canonical order. */
    public static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    /** What a route forwards when it names no methods: all but OPTIONS (a preflight is the browser's, not an agent's). */
    public static final Set<String> DEFAULT_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
    public static final int MIN_TIMEOUT_MS = 100;
    public static final int MAX_CONNECT_TIMEOUT_MS = 30_000;
    public static final int DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
    public static final int MAX_RESPONSE_TIMEOUT_MS = 300_000;
    public static final int DEFAULT_RESPONSE_TIMEOUT_MS = 30_000;
    public static final int MAX_NAME_LENGTH = 256;
    public static final int MAX_VALUE_LENGTH = 4096;

    /** Headers the credential may not be: hop-by-hop ones (RFC 9110 7.6.1), Host, framing, and the gateway's own. */
    private static final Set<String> FORBIDDEN_HEADERS = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "trailers", "transfer-encoding", "upgrade",
            "host", "content-length");
    private static final String GATEWAY_HEADERS = "x-interven-";
    /** RFC 9110 token characters. */
    private static final Pattern TOKEN = Pattern.compile("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$");
    /** RFC 3986 unreserved characters: a query name the forwarder adds without escaping. */
    private static final Pattern QUERY_NAME = Pattern.compile("^[A-Za-z0-9._~-]+$");

    private RouteRules() {
    }

    public static Optional<String> prefixProblem(String prefix) {
        return PREFIX.matcher(prefix).matches() ? Optional.empty() : Optional.of("must be 1 to 63 lower-case letters,"
                + " digits or '-', starting with a letter or digit");
    }

    /** A header name of a header credential: a token, never hop-by-hop, {@code Host}, or {@code X-Interven-*}. */
    public static Optional<String> headerNameProblem(String name) {
        if (name.length() > MAX_NAME_LENGTH || !TOKEN.matcher(name).matches()) {
            return Optional.of("must be an HTTP header name (a token of at most " + MAX_NAME_LENGTH + " characters)");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (FORBIDDEN_HEADERS.contains(lower)) {
            return Optional.of("must not be a hop-by-hop, Host or Content-Length header");
        }
        if (lower.startsWith(GATEWAY_HEADERS)) {
            return Optional.of("must not be an X-Interven- header (the gateway's own)");
        }
        return Optional.empty();
    }

    public static Optional<String> queryNameProblem(String name) {
        return name.length() <= MAX_NAME_LENGTH && QUERY_NAME.matcher(name).matches() ? Optional.empty()
                : Optional.of("must be 1 to " + MAX_NAME_LENGTH + " of A-Z a-z 0-9 . _ ~ -");
    }

    /** A basic username: what HTTP Basic allows, no colon and no control character. */
    public static Optional<String> usernameProblem(String username) {
        if (username.length() > MAX_NAME_LENGTH) {
            return Optional.of("must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (username.indexOf(':') >= 0) {
            return Optional.of("must not contain ':' (HTTP Basic separates the password with it)");
        }
        return controlCharacterProblem(username);
    }

    /**
     * A credential value: at most {@value #MAX_VALUE_LENGTH} characters, no control character (CR, LF, NUL and the
     * others); one sent in a header (header, bearer) is ASCII without surrounding whitespace as well.
     */
    public static Optional<String> valueProblem(String value, boolean inHeader) {
        if (value.isEmpty()) {
            return Optional.of("must not be empty");
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            return Optional.of("must be at most " + MAX_VALUE_LENGTH + " characters");
        }
        Optional<String> control = controlCharacterProblem(value);
        if (control.isPresent() || !inHeader) {
            return control;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0x7e) {
                return Optional.of("must be ASCII (it is sent in a header)");
            }
        }
        if (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ' || value.charAt(0) == '\t'
                || value.charAt(value.length() - 1) == '\t') {
            return Optional.of("must not start or end with whitespace (it is sent in a header)");
        }
        return Optional.empty();
    }

    private static Optional<String> controlCharacterProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                return Optional.of("must not contain control characters (CR, LF, NUL, ...)");
            }
        }
        return Optional.empty();
    }

    public static Optional<String> connectTimeoutProblem(long millis) {
        return within(millis, MAX_CONNECT_TIMEOUT_MS);
    }

    public static Optional<String> responseTimeoutProblem(long millis) {
        return within(millis, MAX_RESPONSE_TIMEOUT_MS);
    }

    private static Optional<String> within(long millis, int max) {
        return millis >= MIN_TIMEOUT_MS && millis <= max ? Optional.empty()
                : Optional.of("must be an integer from " + MIN_TIMEOUT_MS + " to " + max + " (milliseconds)");
    }

    /** The methods in canonical order. */
    public static List<String> inMethodOrder(Collection<String> methods) {
        List<String> ordered = new ArrayList<>();
        for (String method : METHODS) {
            if (methods.contains(method)) {
                ordered.add(method);
            }
        }
        return ordered;
    }
}
