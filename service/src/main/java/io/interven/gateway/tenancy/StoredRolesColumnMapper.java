package io.interven.gateway.tenancy;

import io.interven.gateway.auth.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A key's {@code roles} column ({@code "analyst,scan"}) read as the roles it grants ({@link Role#fromStoredList}). */
public final class StoredRolesColumnMapper implements ColumnMapper<Set<Role>> {
    @Override
    public Set<Role> map(ResultSet row, int column, StatementContext context) throws SQLException {
        return Role.fromStoredList(row.getString(column));
    }
}
