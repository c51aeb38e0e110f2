package io.interven.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.core.JsonUtf8;
import io.interven.gateway.core.fields.JsonTextWalker;
import io.interven.gateway.request.RequestReader;
import io.interven.gateway.tenancy.RuntimeTypes;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Validates the JSON of {@code POST /v1/scan} into a {@link ScanRequest}, listing every failing field at once. */
public final class ScanRequestParser {
    static final Set<String> HTTP_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
            "TRACE", "CONNECT");
    private static final int MAX_URL_LENGTH = 8192;
    private static final int MAX_NAME_LENGTH = 200;

    private ScanRequestParser() {
    }

    public static ScanRequest parse(JsonNode json) {
        RequestReader in = new RequestReader(json);
        String method = in.text("method", true, 16,
                m -> HTTP_METHODS.contains(m.toUpperCase(Locale.ROOT)), "an HTTP verb such as GET or POST")
                .map(m -> m.toUpperCase(Locale.ROOT)).orElse(null);
        String url = in.text("url", true, MAX_URL_LENGTH, text -> ScanUrl.of(text).isPresent(),
                "an absolute http(s) URL").flatMap(ScanUrl::of).orElse(null);
        Map<String, String> headers = headers(in);
        JsonNode body = body(in);
        var agentId = in.uuid("agent_id", false).orElse(null);
        String agentName = in.text("agent_name", false, MAX_NAME_LENGTH).orElse(null);
        String runtimeType = in.text("runtime_type", false, 40, RuntimeTypes::isKnown,
                "one of " + String.join(", ", RuntimeTypes.ALL)).orElse(null);
        String context = in.text("context", false, 65_536).orElse(null);
        in.validate();
        return new ScanRequest(method, url, headers, body, sizeOf(body), agentId, agentName, runtimeType, context);
    }

    private static Map<String, String> headers(RequestReader in) {
        JsonNode node = in.node("headers");
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            in.problem("headers", "must be an object of header names to string values");
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            if (entry.getValue().isTextual()) {
                headers.put(entry.getKey(), entry.getValue().asText());
            } else {
                in.problem("headers." + entry.getKey(), "must be a string");
            }
        });
        return headers;
    }

    private static JsonNode body(RequestReader in) {
        JsonNode node = in.node("body");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!(node.isObject() || node.isArray() || node.isTextual())) {
            in.problem("body", "must be a JSON object, array or string");
            return null;
        }
        if (JsonTextWalker.nesting(node) > JsonTextWalker.MAX_NESTING) {
            in.problem("body", "must not nest objects and arrays deeper than " + JsonTextWalker.MAX_NESTING
                    + " levels");
            return null;
        }
        return node;
    }

    /** The body's size as the agent would send it: a string as its UTF-8 bytes, JSON as its compact text. */
    private static int sizeOf(JsonNode body) {
        if (body == null) {
            return 0;
        }
        // counted as it is written out, without its text or bytes (JsonUtf8); the body is bounded by MAX_BODY_BYTES
        long bytes = body.isTextual() ? JsonUtf8.length(body.asText()) : JsonUtf8.length(body);
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }
}
