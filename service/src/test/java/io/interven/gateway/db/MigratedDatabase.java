package io.interven.gateway.db;

import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.interven.gateway.testing.TestDatabase;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh database of one kind with a Jdbi built the way the CLI commands build theirs
 * ({@link JdbiSetup#forCommand}), migrated once. {@link #close()} stops its pool.
 */
final class MigratedDatabase implements AutoCloseable {
    private final TestDatabase database;
    private final ManagedDataSource[] pool = new ManagedDataSource[1];
    private final Jdbi jdbi;
    private final List<String> firstMigration;

    MigratedDatabase(String kind) {
        this.database = TestDatabase.fresh(kind);
        DataSourceFactory factory = new DataSourceFactory();
        factory.setDriverClass(database.driverClass());
        factory.setUrl(database.url());
        factory.setUser(database.user());
        factory.setPassword(database.password());
        this.jdbi = JdbiSetup.forCommand(factory, pool);
        this.firstMigration = new SchemaMigrator(jdbi).migrate();
    }

    Jdbi jdbi() {
        return jdbi;
    }

    /** What the migration on the empty database applied. */
    List<String> firstMigration() {
        return firstMigration;
    }

    /** Every column of every row of {@code table}, as text, one value a line. */
    String textOf(String table) {
        return jdbi.withHandle(handle -> {
            StringBuilder text = new StringBuilder();
            handle.createQuery("SELECT * FROM " + table).mapToMap().forEach(row ->
                    row.values().forEach(value -> text.append(value).append('\n')));
            return text.toString();
        });
    }

    @Override
    public void close() throws Exception {
        if (pool[0] != null) {
            pool[0].stop();
        }
    }
}
