package io.interven.gateway.cli;

import io.interven.gateway.auth.Role;
import io.interven.gateway.tenancy.IssuedKey;
import io.interven.gateway.tenancy.KeyIssuer;
import io.interven.gateway.tenancy.TenantDirectory;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code create-key --tenant acme --env production --roles scan,analyst [--agent-id UUID] config.yml}. */
public class CreateKeyCommand extends TenancyCommand {
    public CreateKeyCommand() {
        super("create-key", "Mints an API key; the key is printed once");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("--tenant").required(true).help("tenant name");
        subparser.addArgument("--env").setDefault("production").help("environment name");
        subparser.addArgument("--roles").setDefault("scan").help("comma-separated: scan, analyst, mint, admin, operator");
        subparser.addArgument("--agent-id").dest("agent_id").help("default agent of the key");
        subparser.addArgument("--description").help("what the key is for");
        super.configure(subparser);
    }

    @Override
    protected void run(Namespace namespace, TenantDirectory directory, KeyIssuer keys) {
        UUID tenantId = CommandArguments.tenantId(directory, namespace.getString("tenant"));
        String env = CommandArguments.environment(namespace);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : namespace.getString("roles").split(",")) {
            roles.add(Role.fromApiName(name.trim())
                    .orElseThrow(() -> new IllegalArgumentException("unknown role: " + name.trim())));
        }
        UUID agentId = null;
        if (namespace.getString("agent_id") != null) {
            agentId = UUID.fromString(namespace.getString("agent_id"));
            if (directory.findAgent(tenantId, agentId).isEmpty()) {
                throw new IllegalArgumentException("--agent-id is not an agent of tenant " + tenantId);
            }
        }
        IssuedKey key = keys.mint(tenantId, env, roles, agentId,
                namespace.getString("description"));
        System.out.println("key_id " + key.row().id());
        System.out.println("key    " + key.plaintext() + "    (shown once: store it now)");
    }
}
