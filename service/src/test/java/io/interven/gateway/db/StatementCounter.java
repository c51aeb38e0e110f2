package io.interven.gateway.db;

import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

/** Counts the statements a Jdbi executes, as its SQL logger: every statement run reaches it once. */
final class StatementCounter implements SqlLogger {
    private final AtomicInteger executed = new AtomicInteger();

    /** A counter installed on {@code jdbi}; handles opened from then on report to it. */
    static StatementCounter on(Jdbi jdbi) {
        StatementCounter counter = new StatementCounter();
        jdbi.getConfig(SqlStatements.class).setSqlLogger(counter);
        return counter;
    }

    @Override
    public void logBeforeExecution(StatementContext context) {
        executed.incrementAndGet();
    }

    /** How many statements ran while {@code action} ran. */
    int during(Runnable action) {
        int before = executed.get();
        action.run();
        return executed.get() - before;
    }
}
