package io.interven.gateway.tenancy;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@code tenants}. */
@RegisterConstructorMapper(TenantRow.class)
public interface TenantDao {
    @SqlUpdate("INSERT INTO tenants (id, name, hmac_salt, created_at) VALUES (:id, :name, :hmacSalt, :createdAt)")
    void insert(@BindMethods TenantRow tenant);

    @SqlQuery("SELECT * FROM tenants WHERE id = ?")
    Optional<TenantRow> findById(UUID id);

    @SqlQuery("SELECT * FROM tenants WHERE name = ?")
    Optional<TenantRow> findByName(String name);

    @SqlQuery("SELECT COUNT(*) FROM tenants")
    long count();
}
