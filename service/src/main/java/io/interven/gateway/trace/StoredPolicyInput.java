package io.interven.gateway.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interven.gateway.policy.PolicyInput;
import io.interven.gateway.policy.PolicyInputDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The policy input as a trace stores it (column {@code policy_input}): its document, with every text bounded and
 * cleaned as every stored text is ({@link StoredText}, at most {@value #MAX_TEXT} characters) and every list sorted
 * and cut to its first {@value #MAX_VALUES} values. Works on the document's parts whatever they are, so that a new
 * part of the policy input is stored without a change here. The input it stores is the disclosed one (no value
 * the scan found), as the outcome holds it.
 */
final class StoredPolicyInput {
    static final int MAX_TEXT = 2000;
    static final int MAX_VALUES = 1000;

    private StoredPolicyInput() {
    }

    static String document(PolicyInput input) {
        ObjectNode tree = PolicyInputDocument.tree(input);
        List<Map.Entry<String, JsonNode>> parts = new ArrayList<>();
        tree.fields().forEachRemaining(parts::add);
        for (Map.Entry<String, JsonNode> part : parts) {
            tree.set(part.getKey(), stored(part.getValue()));
        }
        return tree.toString();
    }

    private static JsonNode stored(JsonNode value) {
        if (value.isTextual()) {
            return JsonNodeFactory.instance.textNode(StoredText.bounded(value.asText(), MAX_TEXT));
        }
        if (!value.isArray()) {
            return value;
        }
        List<JsonNode> items = new ArrayList<>();
        for (Iterator<JsonNode> it = value.elements(); it.hasNext(); ) {
            items.add(stored(it.next()));
        }
        items.sort(Comparator.comparing(JsonNode::asText));
        ArrayNode kept = JsonNodeFactory.instance.arrayNode();
        items.stream().limit(MAX_VALUES).forEach(kept::add);
        return kept;
    }
}
