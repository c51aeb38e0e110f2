package io.interven.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Visits every string and number in a JSON tree with its path and key, at any depth. The visitor may answer a
 * replacement text, which the walker writes in place (used by the sanitizer on a copy of the body). Extraction
 * and redaction both walk with this class, so their paths always agree.
 */
public final class JsonTextWalker {

    /** Called for each scalar text; returns a replacement, or empty to keep the value. */
    @FunctionalInterface
    public interface Visitor {
        Optional<String> visit(String path, String key, String text);
    }

    private JsonTextWalker() {
    }

    /** Walks {@code root}. When the root itself is replaced, the new root is returned; otherwise {@code root}. */
    public static JsonNode walk(JsonNode root, Visitor visitor) {
        if (root == null) {
            return null;
        }
        Optional<JsonNode> replaced = visit(root, JsonPaths.ROOT, null, visitor);
        return replaced.orElse(root);
    }

    private static Optional<JsonNode> visit(JsonNode node, String path, String key, Visitor visitor) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = object.fields();
            it.forEachRemaining(fields::add);
            for (Map.Entry<String, JsonNode> field : fields) {
                visit(field.getValue(), JsonPaths.child(path, field.getKey()), field.getKey(), visitor)
                        .ifPresent(replacement -> object.set(field.getKey(), replacement));
            }
            return Optional.empty();
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                visit(array.get(i), JsonPaths.element(path, i), key, visitor)
                        .ifPresent(replacement -> array.set(index, replacement));
            }
            return Optional.empty();
        }
        if (node.isTextual() || node.isNumber()) {
            return visitor.visit(path, key, node.asText()).map(TextNode::valueOf);
        }
        return Optional.empty();
    }
}
