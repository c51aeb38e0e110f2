package io.interven.gateway.errors;

import java.util.List;

/** The JSON body of every non-2xx answer: {@code {"code", "message", "details"}}. */
public record ErrorBody(String code, String message, List<FieldProblem> details) {
    public ErrorBody {
        details = details == null ? List.of() : List.copyOf(details);
    }
}
