package io.interven.gateway.cli;

import io.interven.gateway.tenancy.KeyIssuer;
import io.interven.gateway.tenancy.TenantDirectory;
import io.interven.gateway.tenancy.TenantRow;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code create-tenant --name acme config.yml}. */
public class CreateTenantCommand extends TenancyCommand {
    public CreateTenantCommand() {
        super("create-tenant", "Creates a tenant");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("--name").required(true).help("the tenant's unique name");
        super.configure(subparser);
    }

    @Override
    protected void run(Namespace namespace, TenantDirectory directory, KeyIssuer keys) {
        TenantRow tenant = directory.createTenant(namespace.getString("name"));
        System.out.println("tenant_id " + tenant.id() + " name " + tenant.name());
    }
}
