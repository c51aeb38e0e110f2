package io.interven.gateway.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/** The tables of the connection's current schema (the one Flyway migrates), by lower-case name. */
final class SchemaTables {
    private SchemaTables() {
    }

    static Set<String> of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                     null, null)) {
            Set<String> names = new TreeSet<>();
            while (tables.next()) {
                String type = tables.getString("TABLE_TYPE");
                if ("TABLE".equals(type) || "BASE TABLE".equals(type)) {
                    names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new DatabaseMigrationException("cannot list the tables of the database: " + e.getMessage(), e);
        }
    }
}
