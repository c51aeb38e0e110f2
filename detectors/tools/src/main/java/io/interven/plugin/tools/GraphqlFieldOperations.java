package io.interven.plugin.tools;

import io.interven.plugin.tools.GraphqlDocument.Type;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue's names for the root fields of one tool's GraphQL API ({@code GRAPHQL} lines): a mutation field
 * such as GitHub's {@code createPullRequest} is the operation its REST call is ({@code create_pr}). A query field
 * only reads and a mutation field never does, which {@link #add} checks. Field names are case-sensitive, as in
 * GraphQL.
 */
final class GraphqlFieldOperations {

    private final String tool;
    private final Map<String, ToolMatch> byField = new HashMap<>();

    GraphqlFieldOperations(String tool) {
        this.tool = tool;
    }

    String tool() {
        return tool;
    }

    /** Names {@code field} of operations of {@code type}; fails for a duplicate or a verb the type cannot have. */
    void add(Type type, String field, String operation) {
        Verb verb = OperationVerbClassifier.verbOf(operation);
        if ((type == Type.MUTATION) == (verb == Verb.READ)) {
            throw new IllegalArgumentException("a " + type.name().toLowerCase(java.util.Locale.ROOT) + " field cannot be " + operation
                    + " (" + verb + ")");
        }
        if (byField.putIfAbsent(key(type, field), new ToolMatch(tool, operation, verb)) != null) {
            throw new IllegalArgumentException("GraphQL field " + field + " of " + tool + " is named twice");
        }
    }

    /** The operation the catalogue names {@code field} of an operation of {@code type}, if any. */
    Optional<ToolMatch> of(Type type, String field) {
        return Optional.ofNullable(byField.get(key(type, field)));
    }

    int size() {
        return byField.size();
    }

    private static String key(Type type, String field) {
        return (type == Type.MUTATION ? "m:" : "q:") + field;
    }
}
