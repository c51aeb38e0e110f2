package io.interven.gateway.a2a;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@code a2a_hops}: every statement names the tenant, so no chain is read across tenants. */
@RegisterConstructorMapper(Hop.class)
public interface HopDao {
    @SqlQuery("SELECT * FROM a2a_hops WHERE tenant_id = :tenantId AND chain_key = :chainKey ORDER BY depth")
    List<Hop> chain(@Bind("tenantId") UUID tenantId, @Bind("chainKey") String chainKey);

    /** Fails on the primary key when another hop took this depth of the chain first. */
    @SqlUpdate("INSERT INTO a2a_hops (tenant_id, chain_key, depth, from_agent_id, to_agent_id, created_at) "
            + "VALUES (:tenantId, :chainKey, :depth, :fromAgentId, :toAgentId, :createdAt)")
    void insert(@BindMethods Hop hop);

    @SqlUpdate("DELETE FROM a2a_hops WHERE created_at < :before")
    int deleteOlderThan(@Bind("before") long before);
}
