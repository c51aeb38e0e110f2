package io.interven.gateway.tenancy;

import io.interven.gateway.auth.ApiKeyFormat;
import io.interven.gateway.auth.Role;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** Mints, lists and revokes API keys. Only the hash of a key is stored. */
public class KeyIssuer {
    private final Jdbi jdbi;
    private final TenantDirectory directory;
    private final Consumer<UUID> revoked;

    public KeyIssuer(Jdbi jdbi, TenantDirectory directory) {
        this(jdbi, directory, keyId -> { });
    }

    /** @param revoked told the id of each key revoked here, after the revocation is stored (to forget it at once) */
    public KeyIssuer(Jdbi jdbi, TenantDirectory directory, Consumer<UUID> revoked) {
        this.jdbi = jdbi;
        this.directory = directory;
        this.revoked = revoked;
    }

    /** A new random {@code iv_live_} key. */
    public IssuedKey mint(UUID tenantId, String envName, Set<Role> roles, UUID agentId, String description) {
        return store(ApiKeyFormat.newLiveKey(), tenantId, envName, roles, agentId, description);
    }

    /** Stores a key whose value the operator chose (the bootstrap key). */
    public IssuedKey store(String plaintext, UUID tenantId, String envName, Set<Role> roles, UUID agentId,
                           String description) {
        directory.ensureEnvironment(tenantId, envName);
        String roleList = roles.stream().map(Role::apiName).sorted().collect(Collectors.joining(","));
        ApiKeyRow row = new ApiKeyRow(UUID.randomUUID(), tenantId, envName, ApiKeyFormat.hash(plaintext),
                ApiKeyFormat.displayPrefix(plaintext), ApiKeyFormat.kindOf(plaintext).toLowerCase(Locale.ROOT),
                roleList, agentId, description, System.currentTimeMillis(), null);
        jdbi.useExtension(ApiKeyDao.class, dao -> dao.insert(row));
        return new IssuedKey(row, plaintext);
    }

    public List<ApiKeyRow> list(UUID tenantId) {
        return jdbi.withExtension(ApiKeyDao.class, dao -> dao.listInTenant(tenantId));
    }

    /** True when an active key of the tenant was revoked now. */
    public boolean revoke(UUID tenantId, UUID keyId) {
        try {
            return jdbi.withExtension(ApiKeyDao.class,
                    dao -> dao.revoke(tenantId, keyId, System.currentTimeMillis())) == 1;
        } finally {
            revoked.accept(keyId);
        }
    }

    public boolean exists(UUID tenantId, UUID keyId) {
        return jdbi.withExtension(ApiKeyDao.class, dao -> dao.findInTenant(tenantId, keyId)).isPresent();
    }
}
