package io.interven.gateway.db;

import io.dropwizard.db.ManagedDataSource;
import org.apache.tomcat.jdbc.pool.DataSourceProxy;

/**
 * Settings of the connection pool the gateway's database is read through, on H2 and PostgreSQL alike, applied before
 * its first connection.
 *
 * <p>Statements are handed out as the driver made them, not behind the pool's statement facade: the facade is a
 * reflective proxy around every statement, so each parameter bound and each row read costs a reflective call. A trace
 * row binds 31 parameters, and the trace writer spent about a tenth of its time in the proxy. The facade only lets a
 * closed statement answer {@code equals} and {@code hashCode}; Jdbi closes every statement it prepares, and a closed
 * statement of either driver refuses any other use by itself. Connections keep the pool's facade, which stops a
 * connection from being used once it is back in the pool. A statement's own {@code getConnection()} now answers the
 * driver's connection: nothing in the gateway asks a statement for it (closing that would close the pooled one).
 */
final class PoolSettings {
    private PoolSettings() {
    }

    static void applyTo(ManagedDataSource dataSource) {
        if (dataSource instanceof DataSourceProxy pool) {
            pool.setUseStatementFacade(false);
        }
    }
}
