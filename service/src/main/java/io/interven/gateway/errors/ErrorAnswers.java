package io.interven.gateway.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jetty.http.BadMessageException;

/**
 * The API's exception mappers, one instance of each: Jersey answers with them, and so does an endpoint served in
 * front of Jersey ({@code DirectScanFilter}), which asks {@link #answer} for the same answer Jersey would give. The
 * mapper of an exception is the one registered for its nearest class, as Jersey chooses.
 */
public final class ErrorAnswers {
    private final Map<Class<?>, ExceptionMapper<? extends Throwable>> byType = new LinkedHashMap<>();

    private ErrorAnswers() {
    }

    /** The gateway's mappers: its own errors, JAX-RS errors, unreadable JSON, broken messages, anything else. */
    public static ErrorAnswers standard() {
        ErrorAnswers answers = new ErrorAnswers();
        answers.byType.put(ApiException.class, new ApiExceptionMapper());
        answers.byType.put(WebApplicationException.class, new WebApplicationExceptionMapper());
        answers.byType.put(JsonProcessingException.class, new JsonParseExceptionMapper());
        answers.byType.put(BadMessageException.class, new BadMessageExceptionMapper());
        answers.byType.put(Throwable.class, new UnexpectedExceptionMapper());
        return answers;
    }

    /** Hands every mapper to {@code registry} (Jersey's). */
    public void registerWith(Consumer<Object> registry) {
        byType.values().forEach(registry);
    }

    /** The answer to {@code failure}: the mapper of its nearest class (at worst the one for any throwable). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response answer(Throwable failure) {
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            ExceptionMapper mapper = byType.get(type);
            if (mapper != null) {
                return mapper.toResponse(failure);
            }
        }
        throw new IllegalStateException("no mapper for any throwable");
    }
}
