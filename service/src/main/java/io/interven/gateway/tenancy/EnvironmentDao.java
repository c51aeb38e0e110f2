package io.interven.gateway.tenancy;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@code environments}. */
@RegisterConstructorMapper(EnvironmentRow.class)
public interface EnvironmentDao {
    @SqlUpdate("INSERT INTO environments (tenant_id, name, created_at) VALUES (:tenantId, :name, :createdAt)")
    void insert(@Bind("tenantId") UUID tenantId, @Bind("name") String name, @Bind("createdAt") long createdAt);

    @SqlUpdate("UPDATE environments SET default_agent_id = :agentId WHERE tenant_id = :tenantId AND name = :name")
    void setDefaultAgent(@Bind("tenantId") UUID tenantId, @Bind("name") String name, @Bind("agentId") UUID agentId);

    @SqlQuery("SELECT * FROM environments WHERE tenant_id = :tenantId AND name = :name")
    Optional<EnvironmentRow> find(@Bind("tenantId") UUID tenantId, @Bind("name") String name);
}
