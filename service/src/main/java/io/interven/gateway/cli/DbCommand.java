package io.interven.gateway.cli;

import io.interven.gateway.config.GatewayConfiguration;
import io.interven.gateway.db.DatabaseMigrations;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.jdbi.v3.core.Jdbi;

/** {@code java -jar interven.jar db migrate config.yml}: applies the SQL migrations (the server also does at start). */
public class DbCommand extends DatabaseCommand {
    public DbCommand() {
        super("db", "Database tasks: 'db migrate config.yml' applies pending migrations");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("action").choices("migrate").help("what to do");
        super.configure(subparser);
    }

    @Override
    protected void run(Namespace namespace, Jdbi jdbi, GatewayConfiguration config) {
        // DatabaseCommand has migrated already; report the state
        DatabaseMigrations.SchemaStatus status = new DatabaseMigrations(jdbi).status();
        System.out.println("database is at migration " + status.current() + " of " + status.latest());
    }
}
