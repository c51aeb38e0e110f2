package io.interven.gateway.tenancy;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The settings of each tenant, read and changed through the admin API. The checks they switch on read them in
 * the statements they run anyway: the rate limit its override in the statement that counts, authentication whether
 * signatures are required in the statement that finds the key (which a node keeps for a bounded time: a change
 * here tells {@code changed}, so that this node forgets it at once).
 */
public class TenantSettings {
    private final Jdbi jdbi;
    private final Clock clock;
    private final Consumer<UUID> changed;

    public TenantSettings(Jdbi jdbi, Clock clock) {
        this(jdbi, clock, tenantId -> { });
    }

    /** @param changed told each tenant whose settings changed here, once stored (to forget what was read of them) */
    public TenantSettings(Jdbi jdbi, Clock clock, Consumer<UUID> changed) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.changed = changed;
    }

    public TenantSettingsRow of(UUID tenantId) {
        return jdbi.withExtension(TenantSettingsDao.class, dao -> dao.find(tenantId))
                .orElseGet(() -> TenantSettingsRow.defaults(tenantId));
    }

    /** Applies {@code change} and answers the settings as stored. Safe to race across nodes: the last write wins. */
    public TenantSettingsRow change(UUID tenantId, TenantSettingsChange change) {
        try {
            return store(tenantId, change);
        } finally {
            changed.accept(tenantId);
        }
    }

    private TenantSettingsRow store(UUID tenantId, TenantSettingsChange change) {
        for (int attempt = 0; attempt < 3; attempt++) {
            TenantSettingsRow next = change.applyTo(of(tenantId), clock.millis());
            if (jdbi.withExtension(TenantSettingsDao.class, dao -> dao.update(next)) == 1) {
                return next;
            }
            try {
                jdbi.useExtension(TenantSettingsDao.class, dao -> dao.insert(next));
                return next;
            } catch (UnableToExecuteStatementException anotherNodeInsertedFirst) {
                // the row exists now; update it on the next attempt
            }
        }
        throw new IllegalStateException("tenant settings could not be stored");
    }
}
