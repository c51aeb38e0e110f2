package io.interven.gateway.errors;

import io.interven.gateway.db.DatabaseUnavailable;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything unexpected: 500 with an incident id, never a stack trace in the answer. The log names the exception
 * class and where it was thrown, but not its message, which might quote request data. A failure because the
 * database cannot be reached, wherever on the request it happened (authentication, rate limit, resource), is not
 * unexpected: it answers 503 {@code DATABASE_UNAVAILABLE} with {@code Retry-After}.
 */
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);
    /** During an outage every request fails the same way: one log line per interval says how many did. */
    private static final long OUTAGE_LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final AtomicLong lastOutageLog = new AtomicLong(System.nanoTime() - OUTAGE_LOG_INTERVAL_NANOS);
    private final AtomicLong unloggedOutageAnswers = new AtomicLong();

    @Override
    public Response toResponse(Throwable exception) {
        if (DatabaseUnavailable.isCause(exception)) {
            logOutage(exception);
            return RetryLater.answer(ErrorCode.DATABASE_UNAVAILABLE,
                    "the database cannot be reached; retry in a few seconds");
        }
        String incident = UUID.randomUUID().toString();
        StackTraceElement origin = exception.getStackTrace().length > 0 ? exception.getStackTrace()[0] : null;
        LOG.error("incident {}: unexpected {} at {}", incident, exception.getClass().getName(), origin);
        ErrorBody body = new ErrorBody(ErrorCode.INTERNAL.name(), "internal error, incident " + incident, List.of());
        return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private void logOutage(Throwable exception) {
        long answers = unloggedOutageAnswers.incrementAndGet();
        long now = System.nanoTime();
        long last = lastOutageLog.get();
        if (now - last >= OUTAGE_LOG_INTERVAL_NANOS && lastOutageLog.compareAndSet(last, now)) {
            unloggedOutageAnswers.addAndGet(-answers);
            LOG.warn("database unavailable ({}): {} request(s) answered 503 since the last such line",
                    exception.getClass().getName(), answers);
        }
    }
}
