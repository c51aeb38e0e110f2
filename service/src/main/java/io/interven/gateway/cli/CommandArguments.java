package io.interven.gateway.cli;

import io.interven.gateway.tenancy.TenantDirectory;
import java.util.UUID;

/** Argument look-ups shared by the CLI commands. */
final class CommandArguments {
    private CommandArguments() {
    }

    static UUID tenantId(TenantDirectory directory, String tenantName) {
        return directory.findTenantByName(tenantName)
                .orElseThrow(() -> new IllegalArgumentException("no tenant named " + tenantName))
                .id();
    }
}
