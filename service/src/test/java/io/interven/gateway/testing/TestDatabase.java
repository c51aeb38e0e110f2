package io.interven.gateway.testing;

import java.nio.file.Path;
import java.util.UUID;
import org.h2.Driver;

/** A database for one test gateway: an H2 file database under target/, or a fresh PostgreSQL database. */
public record TestDatabase(String kind, String driverClass, String url, String user, String password, Path h2File) {

    public static TestDatabase h2() {
        Path dir = Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();
        return new TestDatabase("h2", Driver.class.getName(), "jdbc:h2:" + dir.resolve("interven"), "sa", "",
                dir.resolve("interven.mv.db"));
    }

    public static TestDatabase postgres(String url, String user, String password) {
        return new TestDatabase("postgres", "org.postgresql.Driver", url, user, password, null);
    }

    /** A new, empty database of the given kind ("h2" or "postgres"). */
    public static TestDatabase fresh(String kind) {
        return switch (kind) {
            case "h2" -> h2();
            case "postgres" -> TestPostgres.newDatabase();
            default -> throw new IllegalArgumentException("unknown database kind " + kind);
        };
    }

    @Override
    public String toString() {
        return kind;
    }
}
