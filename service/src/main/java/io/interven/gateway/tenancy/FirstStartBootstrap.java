package io.interven.gateway.tenancy;

import io.interven.gateway.auth.ApiKeyFormat;
import io.interven.gateway.auth.Role;
import io.interven.gateway.config.BootstrapConfiguration;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.Optional;

/**
 * On an empty database: tenant {@code default}, environment {@code production} with its default agent, and a key
 * with every role. The key is {@code INTERVEN_BOOTSTRAP_KEY} when set, otherwise generated and printed once to the
 * console (never to the log).
 */
public class FirstStartBootstrap {
    private final TenantDirectory directory;
    private final KeyIssuer keys;
    private final PrintStream console;

    public FirstStartBootstrap(TenantDirectory directory, KeyIssuer keys, PrintStream console) {
        this.directory = directory;
        this.keys = keys;
        this.console = console;
    }

    /** Creates the first tenant and key when there is no tenant; returns the key when it created one. */
    public Optional<IssuedKey> runIfEmpty(BootstrapConfiguration config) {
        if (directory.hasAnyTenant()) {
            return Optional.empty();
        }
        String chosen = config.key == null ? "" : config.key.trim();
        if (!chosen.isEmpty() && !(chosen.startsWith(ApiKeyFormat.LIVE_PREFIX) && ApiKeyFormat.isWellFormed(chosen))) {
            throw new IllegalArgumentException("INTERVEN_BOOTSTRAP_KEY must look like iv_live_<16 to 128 characters "
                    + "of A-Z a-z 0-9 _ ->");
        }
        TenantRow tenant;
        try {
            tenant = directory.createTenant(config.tenantName);
        } catch (ApiException conflict) {
            if (conflict.code() == ErrorCode.CONFLICT) {
                return Optional.empty(); // another node bootstrapped the same empty database first
            }
            throw conflict;
        }
        EnvironmentRow environment = directory.ensureEnvironment(tenant.id(), config.environmentName);
        String plaintext = chosen.isEmpty() ? ApiKeyFormat.newLiveKey() : chosen;
        IssuedKey key = keys.store(plaintext, tenant.id(), environment.name(), EnumSet.allOf(Role.class), null,
                "bootstrap key (every role)");
        if (chosen.isEmpty()) {
            console.println();
            console.println("Interven first start: tenant '" + tenant.name() + "', environment '"
                    + environment.name() + "'.");
            console.println("Bootstrap API key (every role), shown once, store it now:");
            console.println("    " + plaintext);
            console.println();
        }
        return Optional.of(key);
    }
}
