package io.interven.gateway.auth;

import io.dropwizard.auth.Authenticator;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Resolves a Bearer key to its principal by hash. The service reads keys through a cache whose entries are never older
 * than {@code caches.maxStaleness} ({@code CachedKeyLookup}), so a key revoked on one node is refused by every node
 * within that bound (at once on the node that revoked it). Malformed, unknown and revoked keys resolve to nothing;
 * so do expired ephemeral keys. An ephemeral key only scans; a used-up one resolves with its grant saying so, and only
 * reports the responses of its calls ({@code UsedUpKeyFilter} refuses it elsewhere). The same statement reads whether
 * the tenant requires signed requests, so a changed setting holds within the same bound.
 */
public class ApiKeyAuthenticator implements Authenticator<String, ApiKeyPrincipal> {
    private final KeyLookup keys;
    private final LongSupplier clock;

    public ApiKeyAuthenticator(KeyLookup keys) {
        this(keys, System::currentTimeMillis);
    }

    /** @param clock epoch milliseconds, against which ephemeral keys expire */
    public ApiKeyAuthenticator(KeyLookup keys, LongSupplier clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Optional<ApiKeyPrincipal> authenticate(String presented) {
        if (!ApiKeyFormat.isWellFormed(presented)) {
            return Optional.empty();
        }
        return keys.byHash(ApiKeyFormat.hash(presented))
                .filter(key -> key.isUsableAt(clock.getAsLong()))
                .map(ApiKeyAuthenticator::principalOf);
    }

    private static ApiKeyPrincipal principalOf(StoredKey key) {
        UUID agent = key.boundAgentId() != null ? key.boundAgentId() : key.environmentDefaultAgentId();
        if (key.isEphemeral()) {
            return new ApiKeyPrincipal(key.keyId(), key.tenantId(), key.envName(), key.boundAgentId(), agent,
                    Set.of(Role.SCAN), EphemeralGrant.of(key), key.signaturesRequired());
        }
        return new ApiKeyPrincipal(key.keyId(), key.tenantId(), key.envName(), key.boundAgentId(), agent,
                key.roles(), null, key.signaturesRequired());
    }
}
