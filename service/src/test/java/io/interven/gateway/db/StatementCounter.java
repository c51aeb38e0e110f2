package io.interven.gateway.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Counts the statements a Jdbi executes, as its SQL logger: every statement run reaches it once, and is kept as
 * rendered (named parameters, before they are bound).
 */
final class StatementCounter implements SqlLogger {
    private final List<String> executed = Collections.synchronizedList(new ArrayList<>());

    /** A counter installed on {@code jdbi}; handles opened from then on report to it. */
    static StatementCounter on(Jdbi jdbi) {
        StatementCounter counter = new StatementCounter();
        jdbi.getConfig(SqlStatements.class).setSqlLogger(counter);
        return counter;
    }

    @Override
    public void logBeforeExecution(StatementContext context) {
        executed.add(context.getRenderedSql());
    }

    /** How many statements ran while {@code action} ran. */
    int during(Runnable action) {
        return ranDuring(action).size();
    }

    /** The statements that ran while {@code action} ran, in order, as rendered. */
    List<String> ranDuring(Runnable action) {
        int before = executed.size();
        action.run();
        synchronized (executed) {
            return List.copyOf(executed.subList(before, executed.size()));
        }
    }
}
