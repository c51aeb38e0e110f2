package io.interven.gateway.trace;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.interven.gateway.policy.PolicyInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The policy input as a trace stores it (column {@code policy_input}): its document ({@code PolicyInputDocument}),
 * with every text bounded and cleaned as every stored text is ({@link StoredText}, at most {@value #MAX_TEXT}
 * characters) and every list sorted and cut to its first {@value #MAX_VALUES} values. Written in one pass by a mapper
 * whose serializers of texts and of collections do the bounding, so that a new part of the policy input (a text, a
 * list, a number, ...) is stored without a change here. The input it stores is the disclosed one (no value the scan
 * found), as the outcome holds it.
 */
final class StoredPolicyInput {
    static final int MAX_TEXT = 2000;
    static final int MAX_VALUES = 1000;

    private static final ObjectMapper STORED = JsonMapper.builder()
            .addModule(new SimpleModule("stored-policy-input")
                    .addSerializer(String.class, new BoundedText())
                    .addSerializer(Collection.class, new SortedValues()))
            .build();

    private StoredPolicyInput() {
    }

    static String document(PolicyInput input) {
        try {
            return STORED.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the policy input could not be written: " + e.getClass().getSimpleName(),
                    e);
        }
    }

    /** A text, bounded and cleaned. */
    private static final class BoundedText extends StdSerializer<String> {
        BoundedText() {
            super(String.class);
        }

        @Override
        public void serialize(String text, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(StoredText.bounded(text, MAX_TEXT));
        }
    }

    /**
     * A list or set: each value stored as a part is, then the values sorted by their text and cut to the first
     * {@value #MAX_VALUES}, so that the same input is always the same document.
     */
    @SuppressWarnings("rawtypes")
    private static final class SortedValues extends StdSerializer<Collection> {
        SortedValues() {
            super(Collection.class);
        }

        @Override
        public void serialize(Collection values, JsonGenerator out, SerializerProvider provider) throws IOException {
            List<JsonNode> stored = new ArrayList<>(values.size());
            for (Object value : values) {
                stored.add(value instanceof String text
                        ? STORED.getNodeFactory().textNode(StoredText.bounded(text, MAX_TEXT))
                        : STORED.valueToTree(value));
            }
            stored.sort(Comparator.comparing(JsonNode::asText));
            out.writeStartArray(values, Math.min(stored.size(), MAX_VALUES));
            for (int i = 0; i < stored.size() && i < MAX_VALUES; i++) {
                out.writeTree(stored.get(i));
            }
            out.writeEndArray();
        }
    }
}
