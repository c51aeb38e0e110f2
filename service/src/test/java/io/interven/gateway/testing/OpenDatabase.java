package io.interven.gateway.testing;

import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.interven.gateway.db.JdbiDataSource;
import io.interven.gateway.db.JdbiSetup;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/** A test database with a Jdbi built the way the CLI commands build theirs; {@link #close()} stops its pool. */
public final class OpenDatabase implements AutoCloseable {
    private final TestDatabase database;
    private final ManagedDataSource[] pool = new ManagedDataSource[1];
    private final Jdbi jdbi;

    public OpenDatabase(TestDatabase database) {
        this.database = database;
        DataSourceFactory factory = new DataSourceFactory();
        factory.setDriverClass(database.driverClass());
        factory.setUrl(database.url());
        factory.setUser(database.user());
        factory.setPassword(database.password());
        this.jdbi = JdbiSetup.forCommand(factory, pool);
    }

    /** A new, empty database of the given kind ("h2" or "postgres"). */
    public static OpenDatabase fresh(String kind) {
        return new OpenDatabase(TestDatabase.fresh(kind));
    }

    public TestDatabase database() {
        return database;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return JdbiDataSource.of(jdbi);
    }

    @Override
    public void close() throws Exception {
        if (pool[0] != null) {
            pool[0].stop();
        }
    }
}
