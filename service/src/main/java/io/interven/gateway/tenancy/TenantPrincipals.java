package io.interven.gateway.tenancy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * The tenant's own principals as stored. A change replaces each named list whole, all named lists in one
 * transaction that holds the tenant's row, so that two changes of the same tenant apply one after the other and a
 * reader sees either every list before a change or every list after it.
 */
public class TenantPrincipals {
    private final Jdbi jdbi;

    public TenantPrincipals(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public OwnPrincipals of(UUID tenantId) {
        return OwnPrincipals.of(jdbi.withExtension(TenantPrincipalsDao.class, dao -> dao.list(tenantId)));
    }

    /** Replaces the lists named in {@code lists} (values already normalized and unique); the others are kept. */
    public OwnPrincipals replace(UUID tenantId, Map<String, List<String>> lists) {
        return jdbi.inTransaction(handle -> {
            TenantPrincipalsDao dao = handle.attach(TenantPrincipalsDao.class);
            dao.lockTenant(tenantId);
            lists.forEach((kind, values) -> {
                dao.deleteKind(tenantId, kind);
                if (!values.isEmpty()) {
                    dao.insert(tenantId, kind, values);
                }
            });
            return OwnPrincipals.of(dao.list(tenantId));
        });
    }
}
