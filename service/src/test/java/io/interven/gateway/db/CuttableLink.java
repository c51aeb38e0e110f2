package io.interven.gateway.db;

import java.sql.SQLNonTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The way to a real test database, which a test can cut and restore: while cut, every new connection is refused as
 * PostgreSQL's driver refuses one to a stopped server (SQLState 08001), and each refusal is counted.
 */
final class CuttableLink {
    private final DataSource real;
    private final AtomicInteger refusals = new AtomicInteger();
    private volatile boolean cut;

    CuttableLink(Jdbi database) {
        this.real = JdbiDataSource.of(database);
    }

    /** A Jdbi set up as the service's, over this link. */
    Jdbi jdbi() {
        return Jdbi.create(() -> {
            if (cut) {
                refusals.incrementAndGet();
                throw new SQLNonTransientConnectionException("Connection refused", "08001");
            }
            return real.getConnection();
        }).installPlugin(new SqlObjectPlugin()).registerArgument(new UuidArgumentFactory());
    }

    void cut() {
        cut = true;
    }

    void restore() {
        cut = false;
    }

    int refusals() {
        return refusals.get();
    }
}
