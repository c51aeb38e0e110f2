package io.interven.gateway.errors;

import io.interven.gateway.logging.TokenRuns;

/**
 * One failing field of a request: {@code field} is its name or JSON path, {@code problem} says what is wrong. A field
 * named by the caller (a header's name, a key of an object) may itself be a secret; a part of it that looks like a
 * key or a token ({@link TokenRuns}) is answered as {@value #MASK}, so that an error never echoes one unscanned.
 */
public record FieldProblem(String field, String problem) {
    static final String MASK = "[REDACTED]";

    public FieldProblem {
        field = field == null ? null : TokenRuns.masked(field, MASK);
    }
}
