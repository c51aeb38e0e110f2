package io.interven.gateway.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

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

    /** The number of rows of {@code table}. */
    public static long count(TestDatabase database, String table) {
        return Long.parseLong(column(database, "SELECT COUNT(*) FROM " + table).get(0));
    }
}
