package io.interven.gateway.errors;

/** One failing field of a request: {@code field} is its name or JSON path, {@code problem} says what is wrong. */
public record FieldProblem(String field, String problem) {
}
