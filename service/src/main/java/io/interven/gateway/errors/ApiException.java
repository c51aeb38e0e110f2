package io.interven.gateway.errors;

import java.util.List;

/** A request that cannot be served, answered with {@link ErrorBody}. Messages must never contain secret values. */
public class ApiException extends RuntimeException {
    private final ErrorCode code;
    private final List<FieldProblem> details;

    public ApiException(ErrorCode code, String message, List<FieldProblem> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = details == null ? List.of() : List.copyOf(details);
    }

    public ApiException(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    public static ApiException validation(List<FieldProblem> problems) {
        return new ApiException(ErrorCode.VALIDATION_FAILED,
                "request validation failed: " + problems.size() + " field(s)", problems);
    }

    public static ApiException invalidField(String field, String problem) {
        return validation(List.of(new FieldProblem(field, problem)));
    }

    public static ApiException notFound(String what) {
        return new ApiException(ErrorCode.NOT_FOUND, what + " not found");
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldProblem> details() {
        return details;
    }

    public ErrorBody body() {
        return new ErrorBody(code.name(), getMessage(), details);
    }
}
