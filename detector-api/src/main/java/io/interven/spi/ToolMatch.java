package io.interven.spi;

/**
 * The tool and operation a call was recognized as.
 *
 * @param toolName  for example {@code github}
 * @param operation for example {@code create_pr}
 * @param verb      what the operation does, from the operation rather than the HTTP method
 */
public record ToolMatch(String toolName, String operation, Verb verb) {
    public ToolMatch {
        Require.nonBlank(toolName, "toolName");
        Require.nonBlank(operation, "operation");
        Require.nonNull(verb, "verb");
    }
}
