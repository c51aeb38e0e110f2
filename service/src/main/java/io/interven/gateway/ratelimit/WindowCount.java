package io.interven.gateway.ratelimit;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A tenant's count in one window: scans counted so far, the budget they were counted against, and how many scans
 * the statement that answered it granted (0 for a plain read).
 */
public record WindowCount(int used, int budget, int granted) {

    /** Reads the columns {@code used}, {@code budget} and {@code last_grant} by name, without reflection (it runs on every scan). */
    public static final class Mapper implements RowMapper<WindowCount> {
        @Override
        public WindowCount map(ResultSet row, StatementContext ctx) throws SQLException {
            return new WindowCount(row.getInt("used"), row.getInt("budget"), row.getInt("last_grant"));
        }
    }
}
