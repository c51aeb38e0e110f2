package io.interven.gateway.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One real PostgreSQL server for the whole test JVM. By default an embedded PostgreSQL 16 (real binaries, started
 * by the build); set {@code INTERVEN_TEST_POSTGRES_URL} (a JDBC URL of a database whose user may CREATE DATABASE),
 * {@code INTERVEN_TEST_POSTGRES_USER} and {@code INTERVEN_TEST_POSTGRES_PASSWORD} to use an external server instead.
 * Each caller gets a fresh database of its own.
 */
public final class TestPostgres {
    private static final Object LOCK = new Object();
    private static Server server;

    /** Where and how to reach a database. */
    public record Server(String adminUrl, String user, String password, String urlPrefix) {
        String urlOf(String database) {
            return urlPrefix + database;
        }
    }

    private TestPostgres() {
    }

    /** A new, empty database; answers its JDBC URL, user and password. */
    public static TestDatabase newDatabase() {
        Server s = server();
        String name = "it_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(s.adminUrl(), s.user(), s.password());
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + s.adminUrl(), e);
        }
        return TestDatabase.postgres(s.urlOf(name), s.user(), s.password());
    }

    private static Server server() {
        synchronized (LOCK) {
            if (server == null) {
                server = start();
            }
            return server;
        }
    }

    private static Server start() {
        String external = System.getenv("INTERVEN_TEST_POSTGRES_URL");
        if (external != null && !external.isBlank()) {
            String prefix = external.substring(0, external.lastIndexOf('/') + 1);
            return new Server(external, System.getenv().getOrDefault("INTERVEN_TEST_POSTGRES_USER", "postgres"),
                    System.getenv().getOrDefault("INTERVEN_TEST_POSTGRES_PASSWORD", ""), prefix);
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            AtExit.stopDatabase(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            });
            String admin = pg.getJdbcUrl("postgres", "postgres");
            String prefix = "jdbc:postgresql://localhost:" + pg.getPort() + "/";
            return new Server(admin, "postgres", "postgres", prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }
}
