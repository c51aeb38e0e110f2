package io.interven.plugin.tools;

import io.interven.plugin.tools.GraphqlDocument.RootFields;
import io.interven.plugin.tools.GraphqlDocument.Type;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.util.Locale;
import java.util.Set;

/**
 * What the root fields of the executed operations make a call. Each root field is the operation the catalogue names
 * it ({@link GraphqlFieldOperations}), or else {@code graphql_query} (READ) in a query or subscription and
 * {@code graphql_mutation} in a mutation: DELETE when the field's name says it deletes (its first or last word is
 * {@code delete}, {@code remove}, {@code destroy}, {@code purge} or {@code erase}: {@code deleteProjectV2},
 * {@code issueDelete}, {@code delete_item}), WRITE otherwise. The most dangerous verb of them all (DELETE, then WRITE,
 * then READ) wins, and the call is the operation of the first root field, in the order read, that has it.
 */
final class GraphqlRootFieldVerdict {
    private static final Set<String> DELETING_WORDS = Set.of("delete", "remove", "destroy", "purge", "erase");

    private final GraphqlFieldOperations fields;
    private ToolMatch chosen;

    GraphqlRootFieldVerdict(GraphqlFieldOperations fields) {
        this.fields = fields;
    }

    /**
     * Adds the root fields of one executed operation. Fields that could not all be known (a spread of a fragment the
     * document lacks), or none at all, add an unnamed field after the known ones.
     */
    void add(Type type, RootFields root) {
        for (String field : root.names()) {
            consider(fields.of(type, field).orElseGet(() -> unnamed(type, field)));
        }
        if (!root.complete() || root.names().isEmpty()) {
            consider(unnamed(type, ""));
        }
    }

    /** The call's operation: the chosen root field's, or an unknown write when no operation was added. */
    ToolMatch match() {
        return chosen == null ? GraphqlRequest.unknownWrite(fields.tool()) : chosen;
    }

    private void consider(ToolMatch candidate) {
        if (chosen == null || candidate.verb().compareTo(chosen.verb()) > 0) {
            chosen = candidate;
        }
    }

    private ToolMatch unnamed(Type type, String field) {
        if (type != Type.MUTATION) {
            return GraphqlRequest.unknownRead(fields.tool());
        }
        return new ToolMatch(fields.tool(), GraphqlRequest.MUTATION_OPERATION, deletes(field) ? Verb.DELETE : Verb.WRITE);
    }

    /** Whether a field's first or last word (camelCase or snake_case) says that it deletes. */
    static boolean deletes(String field) {
        int firstEnd = 1;
        while (firstEnd < field.length() && !startsWord(field, firstEnd)) {
            firstEnd++;
        }
        int lastStart = field.length() - 1;
        while (lastStart > 0 && !startsWord(field, lastStart)) {
            lastStart--;
        }
        return isDeletingWord(field.substring(0, Math.min(firstEnd, field.length())))
                || lastStart >= 0 && isDeletingWord(field.substring(lastStart));
    }

    private static boolean startsWord(String field, int at) {
        char c = field.charAt(at);
        return c == '_' || Character.isUpperCase(c) && !Character.isUpperCase(field.charAt(at - 1));
    }

    private static boolean isDeletingWord(String word) {
        String bare = word.startsWith("_") ? word.substring(1) : word;
        return DELETING_WORDS.contains(bare.toLowerCase(Locale.ROOT));
    }
}
