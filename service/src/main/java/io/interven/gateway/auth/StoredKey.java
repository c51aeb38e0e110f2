package io.interven.gateway.auth;

import java.util.Set;
import java.util.UUID;

/**
 * What authentication reads of a stored key: whose it is, the agent it was minted for ({@code boundAgentId}, null
 * when none), the default agent of its environment, its roles (parsed when the key is read, so a cached key is not
 * parsed again per request) and when it was revoked (null while active). Never the key itself. An ephemeral key
 * ({@code kind} {@code "ephemeral"}) also has its expiry, its use limit ({@code maxUses}, null for none) and uses so
 * far, and its scope as stored ({@code scopeTools}, {@code scopeVerbs}: comma-separated, null for any).
 * {@code signaturesRequired} is the tenant's setting that every request of its keys be signed, read with the key so
 * that it costs no round trip.
 */
public record StoredKey(UUID keyId, UUID tenantId, String envName, UUID boundAgentId, UUID environmentDefaultAgentId,
                        Set<Role> roles, Long revokedAt, String kind, Long expiresAt, Integer maxUses, int uses,
                        String scopeTools, String scopeVerbs, boolean signaturesRequired) {

    public StoredKey {
        roles = Set.copyOf(roles);
    }

    public boolean isEphemeral() {
        return EphemeralGrant.KIND.equals(kind);
    }

    /**
     * True when the key may still be presented at {@code nowMillis}: not revoked and, for an ephemeral key, not
     * expired. A used-up ephemeral key is still presentable ({@link #isUsedUp()}): it may report the responses of
     * the calls it made, and nothing else.
     */
    public boolean isUsableAt(long nowMillis) {
        if (revokedAt != null) {
            return false;
        }
        return !isEphemeral() || (expiresAt != null && expiresAt > nowMillis);
    }

    /** True for an ephemeral key whose every use has been counted. */
    public boolean isUsedUp() {
        return isEphemeral() && maxUses != null && uses >= maxUses;
    }
}
