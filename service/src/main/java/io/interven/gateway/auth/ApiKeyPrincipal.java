package io.interven.gateway.auth;

import java.security.Principal;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: the key, and through it the tenant, environment and agent. Requests never choose their tenant
 * or environment; these come from here. {@code boundAgentId} is the agent the key was minted for (null when it
 * names none); {@code defaultAgentId} is that agent, or else the environment's default agent. {@code ephemeral} is
 * the scope of an ephemeral key, null for a long-lived key. {@code signaturesRequired} is true when the tenant
 * requires every request of its keys to be signed.
 */
public record ApiKeyPrincipal(UUID keyId, UUID tenantId, String envName, UUID boundAgentId, UUID defaultAgentId,
                              Set<Role> roles, EphemeralGrant ephemeral, boolean signaturesRequired)
        implements Principal {
    public ApiKeyPrincipal {
        roles = Set.copyOf(roles);
    }

    /** True for an {@code iv_eph_} key: {@link #ephemeral()} holds its scope. */
    public boolean isEphemeral() {
        return ephemeral != null;
    }

    @Override
    public String getName() {
        return keyId.toString();
    }

    /** True when one of the key's roles includes {@code role}. */
    public boolean has(Role role) {
        for (Role held : roles) { // checked on every request: no set built for it
            if (held.includes(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isOperator() {
        return roles.contains(Role.OPERATOR);
    }

    /** True when the key was minted for one agent, which is then the only agent it may act as. */
    public boolean isAgentBound() {
        return boundAgentId != null;
    }

    /** Only admin (and operator) keys act beyond their own environment; scan and analyst keys never do. */
    public boolean spansEnvironments() {
        return has(Role.ADMIN);
    }

    /** True when this key may see or act on data of environment {@code envName} of its tenant. */
    public boolean reaches(String envName) {
        return spansEnvironments() || this.envName.equals(envName);
    }
}
