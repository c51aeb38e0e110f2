package io.interven.gateway.resources;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.request.RequestReader;
import io.interven.gateway.tenancy.EphemeralKeyIssuer.Limits;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a {@code POST /v1/keys/ephemeral} body: {@code ttl_seconds} (required, 1 to the configured maximum),
 * {@code max_uses} (optional, at least 1), {@code scope.tools} and {@code scope.verbs} (optional, non-empty when
 * given; absent means any) and {@code description}. Every problem names its field; any other field is refused
 * (a misspelt {@code scope.tool} would otherwise mint a key for every tool).
 */
final class EphemeralKeyRequest {
    static final int MAX_USES_LIMIT = 1_000_000_000;
    private static final Pattern TOOL_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,99}");
    private static final Set<String> VERBS = Set.of("READ", "WRITE", "DELETE");
    private static final List<String> FIELDS = List.of("ttl_seconds", "max_uses", "scope", "description");
    private static final List<String> SCOPE_FIELDS = List.of("tools", "verbs");

    private EphemeralKeyRequest() {
    }

    /** What was asked for; {@code description} may be null. */
    record Read(Limits limits, String description) {
    }

    static Read read(JsonNode body, long maxTtlSeconds) {
        RequestReader in = new RequestReader(body);
        in.onlyFields(FIELDS, "an ephemeral key request");
        Long ttl = whole(in, "ttl_seconds", true, 1, maxTtlSeconds);
        Long maxUses = whole(in, "max_uses", false, 1, MAX_USES_LIMIT);
        Set<String> tools = Set.of();
        Set<String> verbs = Set.of();
        JsonNode scope = in.node("scope");
        if (scope != null && !scope.isNull()) {
            if (!scope.isObject()) {
                in.problem("scope", "must be an object with tools and verbs");
            } else {
                in.onlyFields("scope", scope, SCOPE_FIELDS, "a scope");
                tools = tools(in, scope.get("tools"));
                verbs = verbs(in, scope.get("verbs"));
            }
        }
        String description = in.text("description", false, 500).orElse(null);
        in.validate();
        return new Read(new Limits(ttl, maxUses == null ? null : maxUses.intValue(), tools, verbs), description);
    }

    private static Long whole(RequestReader in, String field, boolean required, long min, long max) {
        JsonNode node = in.node(field);
        if (node == null || node.isNull()) {
            if (required) {
                in.problem(field, "is required");
            }
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            in.problem(field, "must be a whole number");
            return null;
        }
        long value = node.asLong();
        if (value < min || value > max) {
            in.problem(field, "must be between " + min + " and " + max);
            return null;
        }
        return value;
    }

    private static Set<String> tools(RequestReader in, JsonNode node) {
        List<String> names = strings(in, "scope.tools", node);
        Set<String> tools = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).toLowerCase(Locale.ROOT);
            if (!TOOL_NAME.matcher(name).matches()) {
                in.problem("scope.tools[" + i + "]", "must be a tool name such as slack or custom_proxy");
            } else {
                tools.add(name);
            }
        }
        return tools;
    }

    private static Set<String> verbs(RequestReader in, JsonNode node) {
        List<String> names = strings(in, "scope.verbs", node);
        Set<String> verbs = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String verb = names.get(i).toUpperCase(Locale.ROOT);
            if (!VERBS.contains(verb)) {
                in.problem("scope.verbs[" + i + "]", "must be one of READ, WRITE, DELETE");
            } else {
                verbs.add(verb);
            }
        }
        return verbs;
    }

    private static List<String> strings(RequestReader in, String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.isEmpty()) {
            in.problem(field, "must be a non-empty array of strings (leave it out to allow any)");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                in.problem(field + "[" + i + "]", "must be a string");
            } else {
                values.add(node.get(i).asText());
            }
        }
        return values;
    }
}
