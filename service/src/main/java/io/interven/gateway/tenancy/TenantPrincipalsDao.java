package io.interven.gateway.tenancy;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@code tenant_principals}, and the tenant row a replacement locks so that replacements of a tenant queue up. */
@RegisterConstructorMapper(OwnPrincipalRow.class)
public interface TenantPrincipalsDao {
    @SqlQuery("SELECT kind, principal FROM tenant_principals WHERE tenant_id = ? ORDER BY kind, principal")
    List<OwnPrincipalRow> list(UUID tenantId);

    @SqlQuery("SELECT id FROM tenants WHERE id = ? FOR UPDATE")
    List<UUID> lockTenant(UUID tenantId);

    @SqlUpdate("DELETE FROM tenant_principals WHERE tenant_id = :tenantId AND kind = :kind")
    int deleteKind(@Bind("tenantId") UUID tenantId, @Bind("kind") String kind);

    @SqlBatch("INSERT INTO tenant_principals (tenant_id, kind, principal) VALUES (:tenantId, :kind, :principal)")
    void insert(@Bind("tenantId") UUID tenantId, @Bind("kind") String kind, @Bind("principal") List<String> values);
}
