package io.interven.gateway.auth;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: the key, and through it the tenant, environment and default agent. Requests never choose
 * their tenant or environment; these come from here.
 */
public record ApiKeyPrincipal(UUID keyId, UUID tenantId, String envName, UUID defaultAgentId, Set<Role> roles)
        implements Principal {
    public ApiKeyPrincipal {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return keyId.toString();
    }

    /** True when one of the key's roles includes {@code role}. */
    public boolean has(Role role) {
        EnumSet<Role> effective = EnumSet.noneOf(Role.class);
        roles.forEach(r -> effective.addAll(r.implied()));
        return effective.contains(role);
    }

    public boolean isOperator() {
        return roles.contains(Role.OPERATOR);
    }
}
