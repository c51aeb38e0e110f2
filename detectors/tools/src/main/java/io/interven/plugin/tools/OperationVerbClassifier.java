package io.interven.plugin.tools;

import io.interven.spi.Verb;
import java.util.List;
import java.util.Map;

/**
 * Derives what an operation does from its name: {@code list_issues} reads, {@code create_issue} writes,
 * {@code delete_repo} deletes. The HTTP method is deliberately not consulted (a search sent with POST reads).
 */
final class OperationVerbClassifier {
    private static final Map<Verb, List<String>> PREFIXES = Map.of(
            Verb.READ, List.of("list_", "get_", "read_", "search_", "query_"),
            Verb.WRITE, List.of("create_", "post_", "send_", "update_", "merge_", "upload_", "add_", "append_"),
            Verb.DELETE, List.of("delete_", "remove_"));

    private OperationVerbClassifier() {
    }

    /** The verb of an operation name; fails for a name whose prefix says nothing about what it does. */
    static Verb verbOf(String operation) {
        for (Map.Entry<Verb, List<String>> entry : PREFIXES.entrySet()) {
            for (String prefix : entry.getValue()) {
                if (operation.startsWith(prefix) && operation.length() > prefix.length()) {
                    return entry.getKey();
                }
            }
        }
        throw new IllegalArgumentException("operation '" + operation + "' does not start with a known verb prefix "
                + PREFIXES);
    }
}
