package io.interven.gateway.inbound;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which headers cross the gateway, each way. The gateway is not a transparent proxy: it ends the caller's connection
 * and opens its own to the upstream, with its own credential, so only end-to-end headers about the message cross.
 *
 * <p>Both ways: the hop-by-hop headers (RFC 9110 section 7.6.1: {@code Connection} and every header it names,
 * {@code Keep-Alive}, {@code Proxy-Authenticate}, {@code Proxy-Authorization}, {@code Proxy-Connection}, {@code TE},
 * {@code Trailer}, {@code Transfer-Encoding}, {@code Upgrade}), {@code Host} (the upstream's, set by the client),
 * {@code Content-Length} (recomputed from the body actually sent), {@code Expect}, any {@code X-Interven-*} (the
 * gateway's own, never taken from either side), pseudo-headers, names that are not tokens and values with CR, LF or
 * NUL.
 *
 * <p>Towards the upstream, also the caller's credentials, which belong to its session with the gateway and must not
 * reach the upstream or replace the route's: {@code Authorization}, {@code Cookie}, and the header the route's own
 * credential is sent in ({@code X-Api-Key}, ...); then the route's credential is added. {@code Accept-Encoding} is
 * dropped too, so that the upstream answers in plain bytes the gateway can classify.
 *
 * <p>Towards the caller, also {@code Set-Cookie} ({@code Set-Cookie2}): the upstream's cookies belong to the
 * gateway's session with the upstream, made with the route's credential, and handing them to the agent would hand it
 * a session the credential opened; {@code Alt-Svc}, which would point the agent at the upstream's own endpoints;
 * and {@code traceparent} / {@code tracestate}: the caller's answer carries the gateway's own (its hop in the
 * caller's trace), never the upstream's. Towards the upstream, the caller's trace headers are replaced by the
 * gateway's hop ({@code io.interven.gateway.telemetry.UpstreamTraceHeaders}), after the scan has seen them.
 */
public final class ForwardedHeaders {
    /** RFC 9110 7.6.1 and the de-facto {@code Proxy-Connection}. */
    static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");
    /** Set by the client for the connection and the body it actually sends. */
    static final Set<String> FRAMING = Set.of("host", "content-length", "expect");
    static final Set<String> CALLER_ONLY = Set.of("authorization", "cookie", "accept-encoding");
    static final Set<String> UPSTREAM_ONLY = Set.of("set-cookie", "set-cookie2", "alt-svc", "traceparent",
            "tracestate");
    static final String GATEWAY_PREFIX = "x-interven-";
    private static final String TOKEN_PUNCTUATION = "!#$%&'*+-.^_`|~";

    private ForwardedHeaders() {
    }

    /**
     * The headers to send upstream: the caller's, filtered, with the route's credential added.
     *
     * @param caller the caller's request headers (names in any case)
     * @return a new map, names as the caller wrote them, in the caller's order, the credential last
     * @throws IllegalStateException when the credential cannot be a header (never shows its value)
     */
    public static Map<String, List<String>> towardsUpstream(Map<String, ? extends List<String>> caller,
                                                            RouteCredential credential) {
        Map<String, List<String>> forwarded = fromCaller(caller, credential);
        credentialHeader(credential).ifPresent(h -> forwarded.put(h.getKey(), List.of(h.getValue())));
        return forwarded;
    }

    /**
     * The caller's headers that would travel upstream, before the route's credential is added: what the scan sees of
     * them (the caller's own credentials are not part of the call it asks the gateway to make).
     */
    public static Map<String, List<String>> fromCaller(Map<String, ? extends List<String>> caller,
                                                       RouteCredential credential) {
        Set<String> dropped = dropped(caller, CALLER_ONLY);
        if (credential instanceof RouteCredential.Header header) {
            dropped.add(header.name().toLowerCase(Locale.ROOT));
        }
        return kept(caller, dropped);
    }

    /**
     * The headers to hand back to the caller: the upstream's, filtered.
     *
     * @param upstream the upstream's answer headers (names in any case)
     * @return a new map, names as the upstream wrote them, in its order
     */
    public static Map<String, List<String>> towardsCaller(Map<String, ? extends List<String>> upstream) {
        return kept(upstream, dropped(upstream, UPSTREAM_ONLY));
    }

    /** Lower-case names never forwarded this way: the fixed sets, and the names {@code Connection} lists. */
    private static Set<String> dropped(Map<String, ? extends List<String>> headers, Set<String> oneWay) {
        Set<String> dropped = new TreeSet<>(HOP_BY_HOP);
        dropped.addAll(FRAMING);
        dropped.addAll(oneWay);
        headers.forEach((name, values) -> {
            if (name != null && values != null && name.equalsIgnoreCase("connection")) {
                for (String value : values) {
                    for (String token : value == null ? new String[0] : value.split(",")) {
                        dropped.add(token.trim().toLowerCase(Locale.ROOT));
                    }
                }
            }
        });
        return dropped;
    }

    private static Map<String, List<String>> kept(Map<String, ? extends List<String>> headers, Set<String> dropped) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (name == null || values == null || !isToken(name)) {
                return;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (dropped.contains(lower) || lower.startsWith(GATEWAY_PREFIX)) {
                return;
            }
            List<String> safe = new ArrayList<>(values.size());
            for (String value : values) {
                if (value != null && isValue(value)) {
                    safe.add(value);
                }
            }
            if (!safe.isEmpty()) {
                kept.computeIfAbsent(name, n -> new ArrayList<>()).addAll(safe);
            }
        });
        return kept;
    }

    /** The header that carries the route's credential, if it travels in one (a query credential does not). */
    static Optional<Map.Entry<String, String>> credentialHeader(RouteCredential credential) {
        Map.Entry<String, String> header;
        if (credential instanceof RouteCredential.Header h) {
            header = Map.entry(h.name(), h.value());
        } else if (credential instanceof RouteCredential.Basic b) {
            header = Map.entry("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (b.username() + ":" + b.password()).getBytes(StandardCharsets.UTF_8)));
        } else if (credential instanceof RouteCredential.Bearer b) {
            header = Map.entry("Authorization", "Bearer " + b.token());
        } else {
            return Optional.empty();
        }
        if (!isToken(header.getKey()) || !isValue(header.getValue())) {
            throw new IllegalStateException("the route's " + credential.type() + " credential cannot be sent as a "
                    + "header (a name that is not a token, or a value with a control character)");
        }
        return Optional.of(header);
    }

    /** RFC 9110 5.1: a field name is a token. */
    static boolean isToken(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alphanumeric && TOKEN_PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * RFC 9110 5.5: no CR, LF, NUL or other control character but horizontal tab in a field value; and only
     * characters a header can carry as single bytes (ISO-8859-1), as the JDK client requires.
     */
    static boolean isValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F || c > 0xFF) {
                return false;
            }
        }
        return true;
    }
}
