package io.interven.gateway.resources;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.inbound.Platform;
import io.interven.gateway.inbound.RouteCredential;
import io.interven.gateway.inbound.RouteDraft;
import io.interven.gateway.inbound.RouteRules;
import io.interven.gateway.inbound.UpstreamBaseUrl;
import io.interven.gateway.request.RequestReader;
import io.interven.gateway.tenancy.EnvironmentNames;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads the body of {@code POST /v1/admin/inbound-routes} (a new route) and {@code PUT .../{prefix}} (a whole
 * replacement, whose {@code credential} may be left out to keep the stored one). Every problem is collected, so one
 * 400 names every failing field ({@code credential.value}, {@code allowed_methods[2]}); a field it does not know is
 * one of them. No problem quotes what was sent.
 */
final class InboundRouteRequestReader {
    static final String PREFIX = "prefix";
    static final String UPSTREAM = "upstream_base_url";
    static final String CREDENTIAL = "credential";
    static final String METHODS = "allowed_methods";
    static final String ENV = "env_name";
    static final String PLATFORM = "platform";
    static final String CONNECT_TIMEOUT = "connect_timeout_ms";
    static final String RESPONSE_TIMEOUT = "response_timeout_ms";
    private static final List<String> KNOWN = List.of(PREFIX, UPSTREAM, CREDENTIAL, METHODS, ENV, PLATFORM,
            CONNECT_TIMEOUT, RESPONSE_TIMEOUT, "tenant_id");
    private static final List<String> CREDENTIAL_KNOWN = List.of("type", "name", "value");
    private static final String PLATFORMS = Arrays.stream(Platform.values()).map(Platform::apiName)
            .collect(Collectors.joining(", "));

    private final JsonNode body;
    private final RequestReader in;
    private final Predicate<String> environmentExists;
    private final boolean allowPlainHttp;

    private InboundRouteRequestReader(JsonNode body, RequestReader in, Predicate<String> environmentExists,
                                      boolean allowPlainHttp) {
        this.body = body;
        this.in = in;
        this.environmentExists = environmentExists;
        this.allowPlainHttp = allowPlainHttp;
    }

    /** A new route: every field but the optional ones required, the credential among them. */
    static RouteDraft forCreate(JsonNode body, RequestReader in, Predicate<String> environmentExists,
                                boolean allowPlainHttp) {
        InboundRouteRequestReader reader = new InboundRouteRequestReader(body, in, environmentExists, allowPlainHttp);
        reader.refuseAnythingButAnObject();
        String prefix = in.text(PREFIX, true, 63).orElse(null);
        if (prefix != null) {
            RouteRules.prefixProblem(prefix).ifPresent(problem -> in.problem(PREFIX, problem));
        }
        return reader.read(prefix, true);
    }

    /**
     * A replacement of the route of {@code pathPrefix}: the body's {@code prefix}, when present, must be that one
     * (a route is not renamed: create another); without {@code credential} the stored one is kept.
     */
    static RouteDraft forReplace(JsonNode body, RequestReader in, String pathPrefix,
                                 Predicate<String> environmentExists, boolean allowPlainHttp) {
        InboundRouteRequestReader reader = new InboundRouteRequestReader(body, in, environmentExists, allowPlainHttp);
        reader.refuseAnythingButAnObject();
        in.text(PREFIX, false, 63).filter(named -> !named.equals(pathPrefix)).ifPresent(named ->
                in.problem(PREFIX, "must be the prefix of the path, or left out (a route is not renamed)"));
        return reader.read(pathPrefix, false);
    }

    /** A body that is not a JSON object has no fields to check: its one problem is {@code $}. */
    private void refuseAnythingButAnObject() {
        if (body == null || !body.isObject()) {
            in.validate();
        }
    }

    private RouteDraft read(String prefix, boolean credentialRequired) {
        in.onlyFields(KNOWN, "an inbound route");
        String upstream = in.text(UPSTREAM, true, UpstreamBaseUrl.MAX_LENGTH).map(text -> {
            UpstreamBaseUrl checked = UpstreamBaseUrl.check(text, allowPlainHttp);
            if (!checked.isValid()) {
                in.problem(UPSTREAM, checked.problem());
            }
            return checked.url();
        }).orElse(null);
        RouteCredential credential = credential(credentialRequired).orElse(null);
        Set<String> methods = methods();
        String envName = in.text(ENV, true, 63, EnvironmentNames::isValid, "lower-case letters, digits, '-' or '_'")
                .orElse(null);
        if (envName != null && !environmentExists.test(envName)) {
            in.problem(ENV, "is not an environment of this tenant");
        }
        Platform platform = in.text(PLATFORM, true, 64).map(name -> {
            Optional<Platform> known = Platform.fromApiName(name);
            if (known.isEmpty()) {
                in.problem(PLATFORM, "must be one of " + PLATFORMS);
            }
            return known.orElse(null);
        }).orElse(null);
        int connect = millis(CONNECT_TIMEOUT, RouteRules.DEFAULT_CONNECT_TIMEOUT_MS, RouteRules.MAX_CONNECT_TIMEOUT_MS);
        int response = millis(RESPONSE_TIMEOUT, RouteRules.DEFAULT_RESPONSE_TIMEOUT_MS,
                RouteRules.MAX_RESPONSE_TIMEOUT_MS);
        in.validate();
        return new RouteDraft(prefix, upstream, credential, methods, envName, platform, connect, response);
    }

    private Optional<RouteCredential> credential(boolean required) {
        JsonNode node = in.node(CREDENTIAL);
        if (node == null || node.isNull()) {
            if (required) {
                in.problem(CREDENTIAL, "is required");
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            in.problem(CREDENTIAL, "must be an object {\"type\", \"name\", \"value\"}");
            return Optional.empty();
        }
        int problemsBefore = in.problemCount();
        in.onlyFields(CREDENTIAL, node, CREDENTIAL_KNOWN, "a credential");
        String type = credentialText(node, "type", 16).orElse(null);
        String name = credentialText(node, "name", RouteRules.MAX_NAME_LENGTH).orElse(null);
        String value = credentialText(node, "value", RouteRules.MAX_VALUE_LENGTH).orElse(null);
        if (type == null) {
            if (!node.has("type") || node.get("type").isNull()) {
                in.problem(CREDENTIAL + ".type", "is required: header, basic, bearer or query");
            }
            return Optional.empty();
        }
        if (value == null && (!node.has("value") || node.get("value").isNull())) {
            in.problem(CREDENTIAL + ".value", "is required");
        }
        RouteCredential credential = switch (type) {
            case "header" -> {
                requireName(node, name, "the header's name").flatMap(RouteRules::headerNameProblem)
                        .ifPresent(problem -> in.problem(CREDENTIAL + ".name", problem));
                valueProblem(value, true);
                yield new RouteCredential.Header(name, value);
            }
            case "query" -> {
                requireName(node, name, "the query parameter's name").flatMap(RouteRules::queryNameProblem)
                        .ifPresent(problem -> in.problem(CREDENTIAL + ".name", problem));
                valueProblem(value, false);
                yield new RouteCredential.Query(name, value);
            }
            case "basic" -> {
                requireName(node, name, "the username").flatMap(RouteRules::usernameProblem)
                        .ifPresent(problem -> in.problem(CREDENTIAL + ".name", problem));
                valueProblem(value, false);
                yield new RouteCredential.Basic(name, value);
            }
            case "bearer" -> {
                if (node.has("name") && !node.get("name").isNull()) {
                    in.problem(CREDENTIAL + ".name", "must be left out: a bearer credential has no name");
                }
                valueProblem(value, true);
                yield new RouteCredential.Bearer(value);
            }
            default -> {
                in.problem(CREDENTIAL + ".type", "must be one of header, basic, bearer, query");
                yield null;
            }
        };
        return in.problemCount() == problemsBefore && value != null ? Optional.ofNullable(credential)
                : Optional.empty();
    }

    private Optional<String> credentialText(JsonNode node, String field, int max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            in.problem(CREDENTIAL + "." + field, "must be a string");
            return Optional.empty();
        }
        if (value.asText().length() > max) {
            in.problem(CREDENTIAL + "." + field, "must be at most " + max + " characters");
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    /** The name when present; a problem when it is missing (empty: already reported, or fine). */
    private Optional<String> requireName(JsonNode node, String name, String what) {
        if (name == null) {
            if (!node.has("name") || node.get("name").isNull()) {
                in.problem(CREDENTIAL + ".name", "is required: " + what);
            }
            return Optional.empty();
        }
        if (name.isEmpty()) {
            in.problem(CREDENTIAL + ".name", "must not be empty");
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private void valueProblem(String value, boolean inHeader) {
        if (value != null) {
            RouteRules.valueProblem(value, inHeader).ifPresent(problem -> in.problem(CREDENTIAL + ".value", problem));
        }
    }

    private Set<String> methods() {
        JsonNode node = in.node(METHODS);
        if (node == null || node.isNull()) {
            return RouteRules.DEFAULT_METHODS;
        }
        List<String> names = in.textList(METHODS, false);
        if (node.isArray() && node.isEmpty()) {
            in.problem(METHODS, "must name at least one method");
        }
        Set<String> methods = new LinkedHashSet<>();
        for (int i = 0; i < node.size() && node.isArray(); i++) {
            JsonNode method = node.get(i);
            if (method.isTextual()) {
                if (RouteRules.METHODS.contains(method.asText())) {
                    methods.add(method.asText());
                } else {
                    in.problem(METHODS + "[" + i + "]", "must be one of " + String.join(", ", RouteRules.METHODS));
                }
            }
        }
        return names.isEmpty() ? RouteRules.DEFAULT_METHODS : methods;
    }

    private int millis(String field, int defaultMillis, int max) {
        JsonNode node = in.node(field);
        if (node == null || node.isNull()) {
            return defaultMillis;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()
                || (field.equals(CONNECT_TIMEOUT) ? RouteRules.connectTimeoutProblem(node.asLong())
                : RouteRules.responseTimeoutProblem(node.asLong())).isPresent()) {
            in.problem(field, "must be an integer from " + RouteRules.MIN_TIMEOUT_MS + " to " + max
                    + " (milliseconds)");
            return defaultMillis;
        }
        return (int) node.asLong();
    }
}
