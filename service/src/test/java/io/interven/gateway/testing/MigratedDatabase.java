package io.interven.gateway.testing;

import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.interven.gateway.db.DatabaseMigrations;
import io.interven.gateway.db.JdbiSetup;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh database of one kind ("h2" or "postgres") with every migration applied, reached through the gateway's own
 * {@link JdbiSetup}, for tests of one store or service against a real database without a whole gateway. Close it to
 * stop its connection pool.
 */
public final class MigratedDatabase implements AutoCloseable {
    private final ManagedDataSource[] pool = new ManagedDataSource[1];
    private final Jdbi jdbi;

    private MigratedDatabase(TestDatabase database) {
        DataSourceFactory factory = new DataSourceFactory();
        factory.setDriverClass(database.driverClass());
        factory.setUrl(database.url());
        factory.setUser(database.user());
        factory.setPassword(database.password());
        this.jdbi = JdbiSetup.forCommand(factory, pool);
        new DatabaseMigrations(jdbi).migrate();
    }

    public static MigratedDatabase fresh(String kind) {
        return new MigratedDatabase(TestDatabase.fresh(kind));
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() throws Exception {
        if (pool[0] != null) {
            pool[0].stop();
        }
    }
}
