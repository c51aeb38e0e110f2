package io.interven.gateway.request;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.FieldProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Reads the fields of a JSON request body and collects every problem, so that one 400 answer lists them all.
 * Call {@link #validate()} after reading.
 */
public final class RequestReader {
    private final JsonNode root;
    private final List<FieldProblem> problems = new ArrayList<>();

    public RequestReader(JsonNode root) {
        this.root = root;
        if (root == null || !root.isObject()) {
            problems.add(new FieldProblem("$", "request body must be a JSON object"));
        }
    }

    public JsonNode node(String field) {
        return root != null && root.isObject() ? root.get(field) : null;
    }

    public boolean isPresent(String field) {
        JsonNode node = node(field);
        return node != null && !node.isNull();
    }

    public void problem(String field, String problem) {
        problems.add(new FieldProblem(field, problem));
    }

    public Optional<String> text(String field, boolean required, int maxLength) {
        JsonNode node = node(field);
        if (node == null || node.isNull()) {
            if (required && root != null && root.isObject()) {
                problem(field, "is required");
            }
            return Optional.empty();
        }
        if (!node.isTextual()) {
            problem(field, "must be a string");
            return Optional.empty();
        }
        String value = node.asText();
        if (required && value.isBlank()) {
            problem(field, "must not be blank");
            return Optional.empty();
        }
        if (value.length() > maxLength) {
            problem(field, "must be at most " + maxLength + " characters");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A text that must satisfy {@code valid}; {@code expectation} completes "must be ...". */
    public Optional<String> text(String field, boolean required, int maxLength, Predicate<String> valid,
                                 String expectation) {
        Optional<String> value = text(field, required, maxLength);
        if (value.isPresent() && !valid.test(value.get())) {
            problem(field, "must be " + expectation);
            return Optional.empty();
        }
        return value;
    }

    public Optional<UUID> uuid(String field, boolean required) {
        return text(field, required, 64).flatMap(value -> {
            try {
                UUID parsed = UUID.fromString(value);
                if (!parsed.toString().equalsIgnoreCase(value)) {
                    throw new IllegalArgumentException("not canonical");
                }
                return Optional.of(parsed);
            } catch (IllegalArgumentException e) {
                problem(field, "must be a UUID");
                return Optional.empty();
            }
        });
    }

    public List<String> textList(String field, boolean required) {
        JsonNode node = node(field);
        if (node == null || node.isNull()) {
            if (required) {
                problem(field, "is required");
            }
            return List.of();
        }
        if (!node.isArray()) {
            problem(field, "must be an array of strings");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                problem(field + "[" + i + "]", "must be a string");
            } else {
                values.add(node.get(i).asText());
            }
        }
        return values;
    }

    /**
     * Refuses every field of the body that is not among {@code known}: a misspelt field ({@code scope.tool} for
     * {@code scope.tools}) must not leave a key, a scope or a setting wider than asked for. {@code what} completes
     * "is not a field of ...".
     */
    public void onlyFields(Collection<String> known, String what) {
        if (root != null && root.isObject()) {
            onlyFields(null, root, known, what);
        }
    }

    /** As {@link #onlyFields(Collection, String)}, for the object {@code object} at {@code path} in the body. */
    public void onlyFields(String path, JsonNode object, Collection<String> known, String what) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(path == null ? name : path + "." + name,
                        "is not a field of " + what + " (known: " + String.join(", ", known) + ")");
            }
        }
    }

    /** How many problems were found so far (a reader of a nested part compares before and after). */
    public int problemCount() {
        return problems.size();
    }

    /** Throws a 400 listing every problem found so far. */
    public void validate() {
        if (!problems.isEmpty()) {
            throw ApiException.validation(problems);
        }
    }
}
