package io.interven.gateway.testing;

import io.interven.gateway.db.DatabaseMigrations;
import io.interven.gateway.db.JdbiSetup;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh database of one kind with a Jdbi built the way the CLI commands build theirs
 * ({@link JdbiSetup#forCommand}), migrated once. {@link #close()} stops its pool.
 */
public final class MigratedDatabase implements AutoCloseable {
    private final OpenDatabase database;
    private final List<String> firstMigration;

    public MigratedDatabase(String kind) {
        this.database = OpenDatabase.fresh(kind);
        this.firstMigration = new DatabaseMigrations(database.jdbi()).migrate();
    }

    public TestDatabase database() {
        return database.database();
    }

    public Jdbi jdbi() {
        return database.jdbi();
    }

    /** What the migration on the empty database applied. */
    public List<String> firstMigration() {
        return firstMigration;
    }

    /** Every column of every row of {@code table}, as text, one value a line. */
    public String textOf(String table) {
        return database.jdbi().withHandle(handle -> {
            StringBuilder text = new StringBuilder();
            handle.createQuery("SELECT * FROM " + table).mapToMap().forEach(row ->
                    row.values().forEach(value -> text.append(value).append('\n')));
            return text.toString();
        });
    }

    @Override
    public void close() throws Exception {
        database.close();
    }
}
