package io.interven.gateway.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import org.apache.tomcat.jdbc.pool.DataSourceProxy;

/**
 * The database connection pool: {@code interven_db_pool_connections{state="active"|"idle"}},
 * {@code interven_db_pool_max_connections} and {@code interven_db_pool_waiting_threads} (threads waiting for a
 * connection). A pool that is not Dropwizard's pooled data source is not measured.
 */
final class DatabasePoolMeters {
    private DatabasePoolMeters() {
    }

    static void bind(MeterRegistry registry, DataSource dataSource) {
        if (!(dataSource instanceof DataSourceProxy pool)) {
            return;
        }
        gauge(registry, "interven.db.pool.connections", "Connections of the pool, by state", "active", pool,
                DataSourceProxy::getActive);
        gauge(registry, "interven.db.pool.connections", "Connections of the pool, by state", "idle", pool,
                DataSourceProxy::getIdle);
        gauge(registry, "interven.db.pool.max.connections", "Connections the pool opens at most", null, pool,
                DataSourceProxy::getMaxActive);
        gauge(registry, "interven.db.pool.waiting.threads", "Threads waiting for a connection", null, pool,
                DataSourceProxy::getWaitCount);
    }

    private static void gauge(MeterRegistry registry, String name, String description, String state,
                              DataSourceProxy pool, ToIntFunction<DataSourceProxy> read) {
        Gauge.Builder<DataSourceProxy> gauge = Gauge.builder(name, pool, p -> readSafely(p, read))
                .description(description).strongReference(true);
        if (state != null) {
            gauge.tag("state", state);
        }
        gauge.register(registry);
    }

    private static double readSafely(DataSourceProxy pool, ToIntFunction<DataSourceProxy> read) {
        try {
            return read.applyAsInt(pool);
        } catch (RuntimeException unreadable) {
            return Double.NaN;
        }
    }
}
