package io.interven.gateway.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The policy input as one JSON document: what traces store and what simulation and the decision specification
 * read. Its own mapper, so that the document's shape does not depend on how the HTTP layer configures Jackson.
 * Unknown properties are ignored and absent ones take their defaults ({@link PolicyInput}), so that a node of an
 * older or newer version reads what another wrote.
 */
public final class PolicyInputDocument {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private PolicyInputDocument() {
    }

    public static String write(PolicyInput input) {
        return tree(input).toString();
    }

    /** The document as a JSON tree, one property per part of the input (absent parts as null). */
    public static ObjectNode tree(PolicyInput input) {
        return JSON.valueToTree(input);
    }

    /** @throws IllegalArgumentException when {@code document} is not a policy input (not JSON, no verb, ...) */
    public static PolicyInput read(String document) {
        try {
            return JSON.readValue(document, PolicyInput.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("not a policy input document: " + e.getClass().getSimpleName(), e);
        }
    }

    /** @throws IllegalArgumentException when {@code document} is not a policy input */
    public static PolicyInput read(JsonNode document) {
        try {
            return JSON.treeToValue(document, PolicyInput.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("not a policy input document: " + e.getClass().getSimpleName(), e);
        }
    }
}
