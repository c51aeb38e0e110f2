package io.interven.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Supplier;

/**
 * A call body as text, written out only when a recognizer first asks for it (a GraphQL endpoint needs it to tell a
 * query from a mutation; every other call never pays for serializing its body) and at most once.
 */
final class LazyBodyText implements Supplier<String> {
    private final JsonNode body;
    private String text;

    LazyBodyText(JsonNode body) {
        this.body = body;
    }

    @Override
    public String get() {
        if (text == null) {
            text = body == null || body.isNull() ? "" : body.isTextual() ? body.asText() : body.toString();
        }
        return text;
    }
}
