package io.interven.gateway.tenancy;

import io.interven.gateway.auth.ApiKeyFormat;
import io.interven.gateway.auth.EphemeralGrant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;

/** Mints, lists and revokes the ephemeral keys of a tenant. Only the hash of a key is stored. */
public class EphemeralKeyIssuer {
    private final Jdbi jdbi;
    private final LongSupplier clock;

    public EphemeralKeyIssuer(Jdbi jdbi, LongSupplier clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** What a new ephemeral key may do: how long, how many scans (null for any number), which tools and verbs. */
    public record Limits(long ttlSeconds, Integer maxUses, Set<String> tools, Set<String> verbs) {
    }

    /** A key just minted: its row, and the plaintext, which exists only in this answer. */
    public record Minted(EphemeralKeyRow row, String plaintext) {
    }

    /** A new {@code iv_eph_} key in the minting key's tenant and environment, bound to {@code agentId} if any. */
    public Minted mint(UUID tenantId, String envName, UUID agentId, Limits limits, String description) {
        String plaintext = ApiKeyFormat.newEphemeralKey();
        long now = clock.getAsLong();
        EphemeralKeyRow row = new EphemeralKeyRow(UUID.randomUUID(), tenantId, envName, ApiKeyFormat.hash(plaintext),
                ApiKeyFormat.displayPrefix(plaintext), agentId, description, now, null,
                now + limits.ttlSeconds() * 1000L, limits.maxUses(), 0, EphemeralGrant.join(limits.tools()),
                EphemeralGrant.join(limits.verbs()));
        jdbi.useExtension(EphemeralKeyDao.class, dao -> dao.insert(row));
        return new Minted(row, plaintext);
    }

    public List<EphemeralKeyRow> list(UUID tenantId) {
        return jdbi.withExtension(EphemeralKeyDao.class, dao -> dao.listInTenant(tenantId));
    }

    /** True when an active ephemeral key of the tenant was revoked now. */
    public boolean revoke(UUID tenantId, UUID keyId) {
        return jdbi.withExtension(EphemeralKeyDao.class, dao -> dao.revoke(tenantId, keyId, clock.getAsLong())) == 1;
    }

    /** True when the tenant has an ephemeral key of this id, active or not. */
    public boolean exists(UUID tenantId, UUID keyId) {
        return jdbi.withExtension(EphemeralKeyDao.class, dao -> dao.countInTenant(tenantId, keyId)) > 0;
    }
}
