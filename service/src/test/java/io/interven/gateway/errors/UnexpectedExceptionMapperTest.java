package io.interven.gateway.errors;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.ConnectionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * Anything unexpected answers 500 INTERNAL with an incident id: never the exception's message, class, cause or stack
 * trace, in the answer or in the log line (a message may quote request data). A database that cannot be reached is
 * not unexpected: 503 DATABASE_UNAVAILABLE with Retry-After, and just as silent about the exception.
 */
class UnexpectedExceptionMapperTest {
    static final String SECRET = "iv_live_leakedThroughAnExceptionMessage0123";

    private final Logger logger = (Logger) LoggerFactory.getLogger(UnexpectedExceptionMapper.class);
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

    @BeforeEach
    void captureTheLog() {
        captured.start();
        logger.addAppender(captured);
    }

    @AfterEach
    void releaseTheLog() {
        logger.detachAppender(captured);
    }

    static Stream<Throwable> unexpected() {
        return Stream.of(
                new IllegalStateException("failed on " + SECRET),
                new RuntimeException("wrapper", new IllegalArgumentException("cause " + SECRET)),
                new StackOverflowError(SECRET),
                new OutOfMemoryError(SECRET),
                new NullPointerException());
    }

    @ParameterizedTest
    @MethodSource("unexpected")
    void answersAnIncidentIdAndNeverTheExceptionItself(Throwable failure) throws Exception {
        Response response = new UnexpectedExceptionMapper().toResponse(failure);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getMediaType().toString()).startsWith("application/json");
        ErrorBody body = (ErrorBody) response.getEntity();
        String json = new ObjectMapper().writeValueAsString(body);
        assertThat(body.code()).isEqualTo("INTERNAL");
        assertThat(body.message()).contains("incident");
        assertThat(body.details()).isEmpty();
        assertThat(json).doesNotContain(SECRET).doesNotContain("Exception").doesNotContain("Error")
                .doesNotContain("at io.").doesNotContain("at java.");
        List<String> lines = captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).hasSize(1).allSatisfy(line -> assertThat(line).doesNotContain(SECRET));
        assertThat(captured.list).allSatisfy(event -> assertThat(event.getThrowableProxy()).isNull());
    }

    static Stream<Throwable> databaseUnreachable() {
        return Stream.of(
                new ConnectionException(new SQLException("Connection to " + SECRET + " refused", "08001")),
                new RuntimeException("wrapper", new SQLTransientConnectionException("pool empty " + SECRET)),
                new IllegalStateException("count", new SQLException("terminating connection " + SECRET, "57P01")));
    }

    @ParameterizedTest
    @MethodSource("databaseUnreachable")
    void aDatabaseThatCannotBeReachedAnswers503WithRetryAfter(Throwable failure) throws Exception {
        Response response = new UnexpectedExceptionMapper().toResponse(failure);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getMediaType().toString()).startsWith("application/json");
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("2");
        ErrorBody body = (ErrorBody) response.getEntity();
        assertThat(body.code()).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(new ObjectMapper().writeValueAsString(body)).doesNotContain(SECRET)
                .doesNotContain("Exception").doesNotContain("at io.").doesNotContain("at java.");
        assertThat(captured.list).allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain(SECRET);
            assertThat(event.getThrowableProxy()).isNull();
        });
    }
}
