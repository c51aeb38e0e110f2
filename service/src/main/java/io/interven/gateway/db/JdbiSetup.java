package io.interven.gateway.db;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jdbi3.JdbiFactory;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Builds the Jdbi the service and the CLI commands share, for H2 or PostgreSQL alike. The pool it draws from stays
 * reachable through {@link JdbiDataSource#of} for the migrations.
 */
public final class JdbiSetup {
    private JdbiSetup() {
    }

    /** For the running service: managed pool, health check and metrics through Dropwizard. */
    public static Jdbi forService(Environment environment, DataSourceFactory database) {
        H2Settings.applyTo(database);
        ManagedDataSource dataSource = database.build(environment.metrics(), "database");
        PoolSettings.applyTo(dataSource);
        return configure(new JdbiFactory().build(environment, database, dataSource, "database"), dataSource);
    }

    /** For a CLI command: a plain pool the caller closes. */
    public static Jdbi forCommand(DataSourceFactory database, ManagedDataSource[] pool) {
        H2Settings.applyTo(database);
        ManagedDataSource dataSource = database.build(new MetricRegistry(), "cli");
        PoolSettings.applyTo(dataSource);
        pool[0] = dataSource;
        return configure(Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()), dataSource);
    }

    private static Jdbi configure(Jdbi jdbi, DataSource dataSource) {
        jdbi.getConfig(JdbiDataSource.class).set(dataSource);
        jdbi.getConfig(SqlStatements.class)
                .setTemplateEngine(new NamedStatementTemplates(new DefinedAttributeTemplateEngine()));
        return jdbi.registerArgument(new UuidArgumentFactory());
    }
}
