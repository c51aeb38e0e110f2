package io.interven.gateway.core.fields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Visits every string, number and object key in a JSON tree with its path, at any depth, in document order. The
 * visitor may answer a replacement text, which the walker writes in place (the sanitizer walks a copy).
 * Extraction and redaction both walk with this class, so their paths always agree. A key's path is its value's
 * path plus {@link #KEY_SUFFIX}. A number is visited as its plain digits ({@link JsonNumbers}). The walk keeps its
 * own stack, so no nesting depth can exhaust the thread's stack. A value is visited with the key it is filed
 * under: its member name, the member name of the array holding it, or, in a name/value pair
 * ({@link NameValuePair}), the name written beside it; its path is always its place in the tree.
 */
public final class JsonTextWalker {
    public static final String KEY_SUFFIX = "|key";
    /** The deepest nesting of objects and arrays the gateway reads: a scanned body, or JSON inside a text. */
    public static final int MAX_NESTING = 64;

    /** Called for each scalar text and each key; answers a replacement, or empty to keep it. */
    @FunctionalInterface
    public interface Visitor {
        Optional<String> visit(String path, String key, String text);

        default Optional<String> visitKey(String keyPath, String key) {
            return Optional.empty();
        }
    }

    /** An object or array being walked: its members, and how far the walk got. */
    private static final class Frame {
        final JsonNode container;
        final String path;
        final String key;
        final List<Map.Entry<String, JsonNode>> fields;
        final Map<String, String> renamed = new LinkedHashMap<>();
        /** The name this object's value members are filed under ({@link NameValuePair}), or null. */
        final String pairName;
        /** The JSON-RPC method this object's {@code params} member is filed under ({@link NameValuePair}), or null. */
        final String rpcName;
        int next;

        Frame(JsonNode container, String path, String key) {
            this.container = container;
            this.path = path;
            this.key = key;
            if (container.isObject()) {
                fields = new ArrayList<>(container.size());
                container.fields().forEachRemaining(fields::add);
                NameValuePair.Finder finder = finder(fields);
                pairName = finder == null ? null : finder.name();
                rpcName = finder == null ? null : finder.rpcName();
            } else {
                fields = null;
                pairName = null;
                rpcName = null;
            }
        }

        /** The key a member's value is visited with: its own name, or the pair's name for a value member. */
        String keyOf(String member) {
            if (rpcName != null && NameValuePair.isParamsMember(member)) {
                return rpcName;
            }
            return pairName != null && NameValuePair.isValueMember(member) ? pairName : member;
        }

        private static NameValuePair.Finder finder(List<Map.Entry<String, JsonNode>> fields) {
            if (fields.size() < 2) {
                return null;
            }
            NameValuePair.Finder finder = new NameValuePair.Finder();
            for (Map.Entry<String, JsonNode> field : fields) {
                finder.member(field.getKey(), field.getValue().isTextual() ? field.getValue().asText() : null);
            }
            return finder;
        }

        boolean done() {
            return next >= (fields != null ? fields.size() : container.size());
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
        if (!root.isContainerNode()) {
            return visitScalar(root, rootPath, null, visitor).orElse(root);
        }
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root, rootPath, null));
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            if (frame.done()) {
                stack.pop();
                if (!frame.renamed.isEmpty()) {
                    rename((ObjectNode) frame.container, frame.renamed);
                }
                continue;
            }
            int index = frame.next++;
            if (frame.fields != null) {
                Map.Entry<String, JsonNode> field = frame.fields.get(index);
                String childPath = JsonPaths.child(frame.path, field.getKey());
                visitor.visitKey(childPath + KEY_SUFFIX, field.getKey())
                        .ifPresent(newKey -> frame.renamed.put(field.getKey(), newKey));
                step(field.getValue(), childPath, frame.keyOf(field.getKey()), visitor, stack)
                        .ifPresent(replacement -> ((ObjectNode) frame.container).set(field.getKey(), replacement));
            } else {
                step(frame.container.get(index), JsonPaths.element(frame.path, index), frame.key, visitor, stack)
                        .ifPresent(replacement -> ((ArrayNode) frame.container).set(index, replacement));
            }
        }
        return root;
    }

    /** How deeply objects and arrays nest in {@code root} (0 for a scalar), measured without recursion. */
    public static int nesting(JsonNode root) {
        int deepest = 0;
        Deque<Map.Entry<JsonNode, Integer>> pending = new ArrayDeque<>();
        pending.push(Map.entry(root, 1));
        while (!pending.isEmpty()) {
            Map.Entry<JsonNode, Integer> next = pending.pop();
            if (next.getKey().isContainerNode()) {
                deepest = Math.max(deepest, next.getValue());
                for (JsonNode child : next.getKey()) {
                    pending.push(Map.entry(child, next.getValue() + 1));
                }
            }
        }
        return deepest;
    }

    /** A container is pushed to be walked next; a scalar is visited at once. */
    private static Optional<JsonNode> step(JsonNode node, String path, String key, Visitor visitor,
                                           Deque<Frame> stack) {
        if (node.isContainerNode()) {
            stack.push(new Frame(node, path, key));
            return Optional.empty();
        }
        return visitScalar(node, path, key, visitor);
    }

    private static Optional<JsonNode> visitScalar(JsonNode node, String path, String key, Visitor visitor) {
        if (node.isTextual()) {
            return visitor.visit(path, key, node.asText()).map(TextNode::valueOf);
        }
        if (node.isNumber()) {
            return visitor.visit(path, key, numberText(node)).map(TextNode::valueOf);
        }
        return Optional.empty();
    }

    private static String numberText(JsonNode number) {
        try {
            return JsonNumbers.plainText(number.decimalValue());
        } catch (NumberFormatException e) {
            return number.asText();
        }
    }

    private static void rename(ObjectNode object, Map<String, String> renamed) {
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
