package io.interven.gateway.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The hosts a JSON Web Token's claims name as its issuer ({@code iss}) and audience ({@code aud}, one value or a
 * list): the host of an {@code http} or {@code https} URL, or a bare DNS name such as {@code api.acme.com}. Other
 * values (a client id, {@code api://default}, {@code authenticated}) name no host. Bounded: a token longer than
 * {@value #MAX_TOKEN} characters, or an audience list longer than {@value #MAX_AUDIENCES}, is read no further. The
 * hosts decide whether the token authenticates the call it is in ({@link JwtIssuerBinding}); they are never logged,
 * reported or kept.
 */
final class JwtClaimHosts {
    static final int MAX_TOKEN = 16_384;
    static final int MAX_AUDIENCES = 16;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_\\-]+");
    private static final Pattern DNS_NAME =
            Pattern.compile("(?:[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?");

    private JwtClaimHosts() {
    }

    /** The hosts the token's {@code iss} and {@code aud} claims name; empty when it is no token or names none. */
    static List<String> of(String token) {
        JsonNode claims = claims(token);
        List<String> hosts = new ArrayList<>();
        if (claims == null) {
            return hosts;
        }
        addHost(claims.get("iss"), hosts);
        JsonNode audience = claims.get("aud");
        if (audience != null && audience.isArray()) {
            for (int i = 0; i < Math.min(audience.size(), MAX_AUDIENCES); i++) {
                addHost(audience.get(i), hosts);
            }
        } else {
            addHost(audience, hosts);
        }
        return hosts;
    }

    /** The payload of a whole token: three base64url segments, a JSON header naming its alg, a JSON payload. */
    private static JsonNode claims(String token) {
        if (token.length() > MAX_TOKEN) {
            return null;
        }
        String[] segments = token.split("\\.", -1);
        if (segments.length != 3 || !SEGMENT.matcher(segments[0]).matches()
                || !SEGMENT.matcher(segments[1]).matches()) {
            return null;
        }
        JsonNode header = object(segments[0]);
        return header == null || !header.has("alg") ? null : object(segments[1]);
    }

    private static JsonNode object(String segment) {
        try {
            JsonNode node = JSON.readTree(new String(Base64.getUrlDecoder().decode(segment), StandardCharsets.UTF_8));
            return node != null && node.isObject() ? node : null;
        } catch (IllegalArgumentException | JsonProcessingException unreadable) {
            return null;
        }
    }

    private static void addHost(JsonNode claim, List<String> hosts) {
        if (claim == null || !claim.isTextual()) {
            return;
        }
        String value = claim.asText().strip().toLowerCase(Locale.ROOT);
        String host = value;
        if (value.contains("://")) {
            try {
                URI uri = new URI(value);
                if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                    return;
                }
                host = uri.getHost();
            } catch (URISyntaxException notAUrl) {
                return;
            }
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.length() <= 253 && DNS_NAME.matcher(host).matches()) {
            hosts.add(host);
        }
    }
}
