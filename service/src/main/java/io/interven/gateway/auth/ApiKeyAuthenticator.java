package io.interven.gateway.auth;

import io.dropwizard.auth.Authenticator;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Resolves a Bearer key to its principal by hash. Malformed, unknown and revoked keys resolve to nothing. */
public class ApiKeyAuthenticator implements Authenticator<String, ApiKeyPrincipal> {
    private final KeyLookup keys;

    public ApiKeyAuthenticator(KeyLookup keys) {
        this.keys = keys;
    }

    @Override
    public Optional<ApiKeyPrincipal> authenticate(String presented) {
        if (!ApiKeyFormat.isWellFormed(presented)) {
            return Optional.empty();
        }
        return keys.byHash(ApiKeyFormat.hash(presented))
                .filter(key -> key.revokedAt() == null)
                .map(ApiKeyAuthenticator::principalOf);
    }

    private static ApiKeyPrincipal principalOf(StoredKey key) {
        UUID agent = key.boundAgentId() != null ? key.boundAgentId() : key.environmentDefaultAgentId();
        return new ApiKeyPrincipal(key.keyId(), key.tenantId(), key.envName(), key.boundAgentId(), agent,
                parseRoles(key.roles()));
    }

    static Set<Role> parseRoles(String stored) {
        return Arrays.stream(stored.split(","))
                .map(String::trim)
                .map(Role::fromApiName)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }
}
