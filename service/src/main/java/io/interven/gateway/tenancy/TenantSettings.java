package io.interven.gateway.tenancy;

import java.time.Clock;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The settings of each tenant, read and changed through the admin API and read by the checks they switch on
 * (the rate limit reads its override in its own statement; signature checks ask {@link #requiresSignedRequests}).
 */
public class TenantSettings {
    private final Jdbi jdbi;
    private final Clock clock;

    public TenantSettings(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public TenantSettingsRow of(UUID tenantId) {
        return jdbi.withExtension(TenantSettingsDao.class, dao -> dao.find(tenantId))
                .orElseGet(() -> TenantSettingsRow.defaults(tenantId));
    }

    public boolean requiresSignedRequests(UUID tenantId) {
        return of(tenantId).requireSignedRequests();
    }

    /** Applies {@code change} and answers the settings as stored. Safe to race across nodes: the last write wins. */
    public TenantSettingsRow change(UUID tenantId, TenantSettingsChange change) {
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
