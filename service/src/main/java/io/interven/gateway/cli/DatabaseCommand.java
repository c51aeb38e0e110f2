package io.interven.gateway.cli;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import io.interven.gateway.config.GatewayConfiguration;
import io.interven.gateway.db.DatabaseMigrations;
import io.interven.gateway.db.JdbiSetup;
import net.sourceforge.argparse4j.inf.Namespace;
import org.jdbi.v3.core.Jdbi;

/** A CLI command that works on the configured database, migrated first. */
abstract class DatabaseCommand extends ConfiguredCommand<GatewayConfiguration> {

    DatabaseCommand(String name, String description) {
        super(name, description);
    }

    @Override
    protected void run(Bootstrap<GatewayConfiguration> bootstrap, Namespace namespace, GatewayConfiguration config)
            throws Exception {
        ManagedDataSource[] pool = new ManagedDataSource[1];
        Jdbi jdbi = JdbiSetup.forCommand(config.database, pool);
        try {
            new DatabaseMigrations(jdbi).migrate();
            run(namespace, jdbi, config);
        } finally {
            pool[0].stop();
        }
    }

    protected abstract void run(Namespace namespace, Jdbi jdbi, GatewayConfiguration config) throws Exception;
}
