package io.interven.gateway.cli;

import io.interven.gateway.config.GatewayConfiguration;
import io.interven.gateway.tenancy.KeyIssuer;
import io.interven.gateway.tenancy.TenantDirectory;
import net.sourceforge.argparse4j.inf.Namespace;
import org.jdbi.v3.core.Jdbi;

/**
 * A command on tenants, environments, agents and keys. It is handed their services over the migrated database,
 * never the database itself.
 */
abstract class TenancyCommand extends DatabaseCommand {
    TenancyCommand(String name, String description) {
        super(name, description);
    }

    @Override
    protected final void run(Namespace namespace, Jdbi jdbi, GatewayConfiguration config) {
        TenantDirectory directory = new TenantDirectory(jdbi);
        run(namespace, directory, new KeyIssuer(jdbi, directory));
    }

    protected abstract void run(Namespace namespace, TenantDirectory directory, KeyIssuer keys);
}
