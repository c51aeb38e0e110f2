package io.interven.gateway.auth;

import io.dropwizard.auth.Authenticator;
import io.interven.gateway.db.ApiKeyDao;
import io.interven.gateway.db.ApiKeyRow;
import io.interven.gateway.db.EnvironmentDao;
import io.interven.gateway.db.EnvironmentRow;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Resolves a Bearer key to its principal by hash. Malformed, unknown and revoked keys resolve to nothing. */
public class ApiKeyAuthenticator implements Authenticator<String, ApiKeyPrincipal> {
    private final ApiKeyDao keys;
    private final EnvironmentDao environments;

    public ApiKeyAuthenticator(ApiKeyDao keys, EnvironmentDao environments) {
        this.keys = keys;
        this.environments = environments;
    }

    @Override
    public Optional<ApiKeyPrincipal> authenticate(String presented) {
        if (!ApiKeyFormat.isWellFormed(presented)) {
            return Optional.empty();
        }
        return keys.findByHash(ApiKeyFormat.hash(presented))
                .filter(row -> row.revokedAt() == null)
                .map(this::principalOf);
    }

    private ApiKeyPrincipal principalOf(ApiKeyRow row) {
        UUID agent = row.agentId();
        if (agent == null) {
            agent = environments.find(row.tenantId(), row.envName()).map(EnvironmentRow::defaultAgentId).orElse(null);
        }
        return new ApiKeyPrincipal(row.id(), row.tenantId(), row.envName(), row.agentId(), agent,
                parseRoles(row.roles()));
    }

    static Set<Role> parseRoles(String stored) {
        return Arrays.stream(stored.split(","))
                .map(String::trim)
                .map(Role::fromApiName)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }
}
