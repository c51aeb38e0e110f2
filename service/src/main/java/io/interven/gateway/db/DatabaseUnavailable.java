package io.interven.gateway.db;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jdbi.v3.core.ConnectionException;

/**
 * Tells a failure because the database cannot be reached (stopped, restarting, refusing connections, the pool out
 * of connections) from every other failure, by walking the cause chain. The answer to the first is "retry later"
 * (503, a trace kept for a later write); the second is a fault of the request or of the code.
 *
 * <p>Counted as unavailable: JDBI's {@link ConnectionException}; JDBC's connection exceptions (which is how H2
 * reports a closed or broken database); SQLState class {@code 08} (connection exception); PostgreSQL's
 * {@code 57P01} admin shutdown, {@code 57P02} crash shutdown and {@code 57P03} cannot connect now; the pool's
 * "no connection available in time"; and a refused TCP connection.
 */
public final class DatabaseUnavailable {
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");
    private static final String POOL_EXHAUSTED = "org.apache.tomcat.jdbc.pool.PoolExhaustedException";

    private DatabaseUnavailable() {
    }

    /** True when {@code failure} or one of its causes says the database cannot be reached right now. */
    public static boolean isCause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (isItself(t)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null && seen.add(next);
                     next = next.getNextException()) {
                    if (isItself(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isItself(Throwable t) {
        if (t instanceof ConnectionException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException) {
            return true;
        }
        if (t.getClass().getName().equals(POOL_EXHAUSTED)) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || SHUTDOWN_STATES.contains(state);
        }
        return false;
    }
}
