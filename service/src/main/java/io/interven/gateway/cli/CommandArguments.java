package io.interven.gateway.cli;

import io.interven.gateway.tenancy.EnvironmentNames;
import io.interven.gateway.tenancy.TenantDirectory;
import java.util.UUID;
import net.sourceforge.argparse4j.inf.Namespace;

/** Argument look-ups shared by the CLI commands. */
final class CommandArguments {
    private CommandArguments() {
    }

    static String environment(Namespace namespace) {
        String env = namespace.getString("env");
        if (!EnvironmentNames.isValid(env)) {
            throw new IllegalArgumentException("--env must be lower-case letters, digits, '-' or '_'");
        }
        return env;
    }

    static UUID tenantId(TenantDirectory directory, String tenantName) {
        return directory.findTenantByName(tenantName)
                .orElseThrow(() -> new IllegalArgumentException("no tenant named " + tenantName))
                .id();
    }
}
