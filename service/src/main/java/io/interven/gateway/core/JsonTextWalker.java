package io.interven.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Visits every string, number and object key in a JSON tree with its path, at any depth. The visitor may answer
 * a replacement text, which the walker writes in place (the sanitizer walks a copy). Extraction and redaction both
 * walk with this class, so their paths always agree. A key's path is its value's path plus {@link #KEY_SUFFIX}.
 */
public final class JsonTextWalker {
    public static final String KEY_SUFFIX = "|key";

    /** Called for each scalar text and each key; answers a replacement, or empty to keep it. */
    @FunctionalInterface
    public interface Visitor {
        Optional<String> visit(String path, String key, String text);

        default Optional<String> visitKey(String keyPath, String key) {
            return Optional.empty();
        }
    }

    private JsonTextWalker() {
    }

    /** Walks {@code root} from path {@code $}. */
    public static JsonNode walk(JsonNode root, Visitor visitor) {
        return walk(root, JsonPaths.ROOT, visitor);
    }

    /** Walks {@code root}; when the root itself is replaced the new root is returned, otherwise {@code root}. */
    public static JsonNode walk(JsonNode root, String rootPath, Visitor visitor) {
        if (root == null) {
            return null;
        }
        return visit(root, rootPath, null, visitor).orElse(root);
    }

    private static Optional<JsonNode> visit(JsonNode node, String path, String key, Visitor visitor) {
        if (node.isObject()) {
            visitObject((ObjectNode) node, path, visitor);
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

    private static void visitObject(ObjectNode object, String path, Visitor visitor) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        object.fields().forEachRemaining(fields::add);
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : fields) {
            String childPath = JsonPaths.child(path, field.getKey());
            visitor.visitKey(childPath + KEY_SUFFIX, field.getKey())
                    .ifPresent(newKey -> renamed.put(field.getKey(), newKey));
            visit(field.getValue(), childPath, field.getKey(), visitor)
                    .ifPresent(replacement -> object.set(field.getKey(), replacement));
        }
        if (renamed.isEmpty()) {
            return;
        }
        List<Map.Entry<String, JsonNode>> current = new ArrayList<>();
        object.fields().forEachRemaining(current::add);
        object.removeAll();
        for (Map.Entry<String, JsonNode> field : current) {
            String name = renamed.getOrDefault(field.getKey(), field.getKey());
            String unique = name;
            for (int n = 2; object.has(unique); n++) {
                unique = name + "~" + n;
            }
            object.set(unique, field.getValue());
        }
    }
}
