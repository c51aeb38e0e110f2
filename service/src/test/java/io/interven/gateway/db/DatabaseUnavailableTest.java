package io.interven.gateway.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.tomcat.jdbc.pool.PoolExhaustedException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * Which failures mean "the database cannot be reached right now" (answer 503, keep the trace for later) and which
 * are faults of a request or of the code (500, or a row refused for what it holds), wherever they sit in the cause
 * chain.
 */
class DatabaseUnavailableTest {

    static Stream<Throwable> unreachable() {
        return Stream.of(
                new ConnectionException(new SQLException("refused")),
                new SQLTransientConnectionException("pool timeout"),
                new SQLNonTransientConnectionException("database is closed"),
                new SQLException("connection failure", "08006"),
                new SQLException("unable to connect", "08001"),
                new SQLException("terminating connection due to administrator command", "57P01"),
                new SQLException("crash shutdown", "57P02"),
                new SQLException("the database system is starting up", "57P03"),
                new PoolExhaustedException("Timeout: Pool empty. Unable to fetch a connection in 5 seconds"),
                new RuntimeException("wrapper", new IllegalStateException("inner", new ConnectException("refused"))),
                new UnableToExecuteStatementException(new PSQLException("An I/O error occurred",
                        PSQLState.CONNECTION_FAILURE), null),
                batchWithANextException("08003"));
    }

    static Stream<Throwable> otherFailures() {
        return Stream.of(
                new SQLException("duplicate key", "23505"),
                new SQLException("value too long", "22001"),
                new SQLException("relation does not exist", "42P01"),
                new SQLException("no state"),
                new UnableToExecuteStatementException(new SQLException("invalid byte sequence", "22021"), null),
                new IllegalStateException("rate window"),
                new NullPointerException(),
                new StackOverflowError());
    }

    private static SQLException batchWithANextException(String state) {
        SQLException batch = new SQLException("batch entry 0 failed", "XX000");
        batch.setNextException(new SQLException("connection closed", state));
        return batch;
    }

    @ParameterizedTest
    @MethodSource("unreachable")
    void aConnectionFailureAnywhereInTheChainIsUnavailable(Throwable failure) {
        assertThat(DatabaseUnavailable.isCause(failure)).isTrue();
        assertThat(DatabaseUnavailable.isCause(new RuntimeException("outer", failure))).isTrue();
    }

    @ParameterizedTest
    @MethodSource("otherFailures")
    void anyOtherFailureIsNot(Throwable failure) {
        assertThat(DatabaseUnavailable.isCause(failure)).isFalse();
        assertThat(DatabaseUnavailable.isCause(new RuntimeException("outer", failure))).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(DatabaseUnavailable.isCause(first)).isFalse();
    }

    @Test
    void aClosedH2DatabaseIsUnavailable() throws SQLException {
        String url = "jdbc:h2:mem:closed" + UUID.randomUUID().toString().replace("-", "");
        try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
            try (Statement shutdown = keepAlive.createStatement()) {
                shutdown.execute("SHUTDOWN");
            }
            Jdbi jdbi = Jdbi.create(keepAlive);

            Throwable failure = null;
            try {
                jdbi.useHandle(handle -> handle.execute("SELECT 1"));
            } catch (RuntimeException e) {
                failure = e;
            }

            assertThat(failure).isNotNull();
            assertThat(DatabaseUnavailable.isCause(failure)).isTrue();
        }
    }

    @Test
    void aRefusedPostgresConnectionIsUnavailable() {
        Jdbi jdbi = Jdbi.create("jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=2", "nobody", "none");

        Throwable failure = null;
        try {
            jdbi.useHandle(handle -> handle.execute("SELECT 1"));
        } catch (RuntimeException e) {
            failure = e;
        }

        assertThat(failure).isInstanceOf(ConnectionException.class);
        assertThat(DatabaseUnavailable.isCause(failure)).isTrue();
    }
}
