package io.interven.gateway.cli;

import io.interven.gateway.tenancy.AgentRow;
import io.interven.gateway.tenancy.KeyIssuer;
import io.interven.gateway.tenancy.RuntimeTypes;
import io.interven.gateway.tenancy.TenantDirectory;
import java.util.UUID;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code create-agent --tenant acme --env production --name billing-bot --runtime-type langchain config.yml}. */
public class CreateAgentCommand extends TenancyCommand {
    public CreateAgentCommand() {
        super("create-agent", "Registers an agent in a tenant environment");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("--tenant").required(true).help("tenant name");
        subparser.addArgument("--env").setDefault("production").help("environment name");
        subparser.addArgument("--name").required(true).help("agent name");
        subparser.addArgument("--runtime-type").dest("runtime_type").setDefault("custom")
                .choices(RuntimeTypes.ALL).help("agent runtime");
        super.configure(subparser);
    }

    @Override
    protected void run(Namespace namespace, TenantDirectory directory, KeyIssuer keys) {
        UUID tenantId = CommandArguments.tenantId(directory, namespace.getString("tenant"));
        String env = CommandArguments.environment(namespace);
        AgentRow agent = directory.createAgent(tenantId, env, namespace.getString("name"),
                namespace.getString("runtime_type"));
        System.out.println("agent_id " + agent.id() + " name " + agent.name() + " env " + agent.envName());
    }
}
