package io.interven.gateway.db;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads Flyway's {@code flyway_schema_history}. Flyway quotes the name it gives the table, so it is lower-case on
 * H2 as on PostgreSQL and must be quoted here too.
 */
final class MigrationHistory {
    static final String TABLE = "\"flyway_schema_history\"";

    private MigrationHistory() {
    }

    /**
     * One line a versioned row (migration or baseline), in order: version, script, type, whether it succeeded. Rows
     * without a version are Flyway's own notes (on H2 it notes that it created the table) and are left out.
     */
    static List<String> scripts(Jdbi jdbi) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT \"version\", \"script\", \"type\", \"success\" FROM "
                        + TABLE + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")
                .map((rows, ctx) -> rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " "
                        + rows.getBoolean(4))
                .list());
    }

    /** Every column of every row, as text, in order. */
    static List<String> rows(Jdbi jdbi) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM " + TABLE + " ORDER BY \"installed_rank\"")
                .mapToMap().map(Object::toString).list());
    }
}
