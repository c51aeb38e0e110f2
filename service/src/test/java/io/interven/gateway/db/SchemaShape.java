package io.interven.gateway.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The tables of a database's current schema as JDBC metadata describes them: every column (position, type, size,
 * nullability), every index (unique or not, its columns) and every foreign key, one sorted line each. Names the
 * database makes up (of primary-key indexes, say) are left out, so two databases of one kind compare line by line.
 */
final class SchemaShape {
    private SchemaShape() {
    }

    static List<String> of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String catalog = connection.getCatalog();
            String schema = connection.getSchema();
            List<String> lines = new ArrayList<>();
            for (String table : tables(meta, catalog, schema)) {
                lines.add("table " + lower(table));
                lines.addAll(columns(meta, catalog, schema, table));
                lines.addAll(indexes(meta, catalog, schema, table));
                lines.addAll(foreignKeys(meta, catalog, schema, table));
            }
            return lines.stream().sorted().toList();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the schema", e);
        }
    }

    private static List<String> tables(DatabaseMetaData meta, String catalog, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = meta.getTables(catalog, schema, null, null)) {
            while (rows.next()) {
                String type = rows.getString("TABLE_TYPE");
                if ("TABLE".equals(type) || "BASE TABLE".equals(type)) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
        }
        return tables;
    }

    private static List<String> columns(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = meta.getColumns(catalog, schema, table, null)) {
            while (rows.next()) {
                columns.add("column " + lower(table) + "." + lower(rows.getString("COLUMN_NAME"))
                        + " #" + rows.getInt("ORDINAL_POSITION") + " " + rows.getString("TYPE_NAME")
                        + "(" + rows.getInt("COLUMN_SIZE") + ") nullable=" + rows.getString("IS_NULLABLE"));
            }
        }
        return columns;
    }

    private static List<String> indexes(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<String, String> columnsByIndex = new TreeMap<>();
        Map<String, Boolean> uniqueByIndex = new TreeMap<>();
        try (ResultSet rows = meta.getIndexInfo(catalog, schema, table, false, false)) {
            while (rows.next()) {
                String index = rows.getString("INDEX_NAME");
                if (index == null) {
                    continue;
                }
                columnsByIndex.merge(index, lower(rows.getString("COLUMN_NAME")), (a, b) -> a + "," + b);
                uniqueByIndex.put(index, !rows.getBoolean("NON_UNIQUE"));
            }
        }
        List<String> indexes = new ArrayList<>();
        columnsByIndex.forEach((index, columns) -> indexes.add("index " + lower(table) + " ("
                + columns + ") unique=" + uniqueByIndex.get(index)));
        return indexes;
    }

    private static List<String> foreignKeys(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        List<String> keys = new ArrayList<>();
        try (ResultSet rows = meta.getImportedKeys(catalog, schema, table)) {
            while (rows.next()) {
                keys.add("foreign key " + lower(table) + "." + lower(rows.getString("FKCOLUMN_NAME")) + " -> "
                        + lower(rows.getString("PKTABLE_NAME")) + "." + lower(rows.getString("PKCOLUMN_NAME")));
            }
        }
        return keys;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
