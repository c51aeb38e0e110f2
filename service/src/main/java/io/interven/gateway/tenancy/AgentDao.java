package io.interven.gateway.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@code agents}: no query crosses tenants (an agent is keyed by its tenant and its id). */
@RegisterConstructorMapper(AgentRow.class)
public interface AgentDao {
    @SqlUpdate("INSERT INTO agents (id, tenant_id, env_name, name, runtime_type, created_at, registered_on_first_use) "
            + "VALUES (:id, :tenantId, :envName, :name, :runtimeType, :createdAt, :registeredOnFirstUse)")
    void insert(@BindMethods AgentRow agent);

    /** The agent, only when it belongs to the tenant: no query crosses tenants. */
    @SqlQuery("SELECT * FROM agents WHERE id = :id AND tenant_id = :tenantId")
    Optional<AgentRow> findInTenant(@Bind("tenantId") UUID tenantId, @Bind("id") UUID id);

    /**
     * Whether a tenant other than {@code tenantId} has an agent of this id: the one question that looks past a
     * tenant, asked only for the recipient of an agent-to-agent message, and answering nothing but yes or no.
     */
    @SqlQuery("SELECT COUNT(*) > 0 FROM agents WHERE id = :id AND tenant_id <> :tenantId")
    boolean existsOutsideTenant(@Bind("tenantId") UUID tenantId, @Bind("id") UUID id);

    @SqlQuery("SELECT * FROM agents WHERE tenant_id = :tenantId ORDER BY created_at, id")
    List<AgentRow> listInTenant(@Bind("tenantId") UUID tenantId);
}
