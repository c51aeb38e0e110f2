package io.interven.gateway.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads a test database directly over JDBC, to check what a gateway or a command stored. */
public final class DatabaseRows {
    private DatabaseRows() {
    }

    /** The first column of every row of {@code sql}, as text (null stays null). */
    public static List<String> column(TestDatabase database, String sql) {
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement st = c.createStatement();
             ResultSet rows = st.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed on " + database.kind() + ": " + sql, e);
        }
    }

    /**
     * Every column of every row of every table of the schema, as text, by lower-case table name. Names are quoted as
     * the database keeps them: Flyway's {@code flyway_schema_history} is lower-case on H2 too.
     */
    public static Map<String, String> everyTable(TestDatabase database) {
        return everyTable(database, Set.of());
    }

    /** Every table's rows as text, leaving out the columns named (lower case), e.g. columns added by a migration. */
    public static Map<String, String> everyTable(TestDatabase database, Set<String> leftOutColumns) {
        Map<String, String> texts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name FROM "
                    + "information_schema.tables WHERE LOWER(table_schema) = 'public' AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                texts.put(table.toLowerCase(Locale.ROOT), textOf(c, table, leftOutColumns));
            }
            return texts;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the tables of " + database.kind(), e);
        }
    }

    private static String textOf(Connection c, String table, Set<String> leftOutColumns) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    if (leftOutColumns.contains(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    text.append(rs.getString(i)).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** Runs one statement that changes rows (a test tampering with stored data); answers how many it changed. */
    public static int update(TestDatabase database, String sql, Object... parameters) {
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
             PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("update failed on " + database.kind() + ": " + sql, e);
        }
    }

    /** The number of rows of {@code table}. */
    public static long count(TestDatabase database, String table) {
        return Long.parseLong(column(database, "SELECT COUNT(*) FROM " + table).get(0));
    }
}
