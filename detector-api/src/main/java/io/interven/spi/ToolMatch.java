package io.interven.spi;

import java.util.List;

/**
 * The tool and operation a call was recognized as.
 *
 * @param toolName  for example {@code github}
 * @param operation for example {@code create_pr}
 * @param verb       what the operation does, from the operation rather than the HTTP method
 * @param principals who the call reaches (recipients, repository owner, workspace), as the recognizer could name
 *                   them; empty when it names none (since SPI 1.1.0)
 */
public record ToolMatch(String toolName, String operation, Verb verb, List<Principal> principals) {
    public ToolMatch {
        Require.nonBlank(toolName, "toolName");
        Require.nonBlank(operation, "operation");
        Require.nonNull(verb, "verb");
        principals = principals == null ? List.of() : List.copyOf(principals);
    }

    /** A match that names no principal. */
    public ToolMatch(String toolName, String operation, Verb verb) {
        this(toolName, operation, verb, List.of());
    }

    public ToolMatch withPrincipals(List<Principal> named) {
        return new ToolMatch(toolName, operation, verb, named);
    }
}
