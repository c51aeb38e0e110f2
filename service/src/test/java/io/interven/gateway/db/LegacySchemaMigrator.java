package io.interven.gateway.db;

import io.interven.gateway.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The migrator the gateway used before Flyway, kept as it was to build databases exactly as those builds left them:
 * the migration files applied in order by its own statement splitter, each recorded in
 * {@code schema_migrations (version, name, applied_at)}. {@link #knowing(Jdbi, int)} is an earlier build that knew
 * only the first migrations.
 */
public final class LegacySchemaMigrator {
    /** The list of the last build before Flyway. */
    static final List<String> MIGRATIONS = List.of("V1__foundation.sql", "V2__policies_and_approvals.sql",
            "V3__response_scans.sql");

    private final Jdbi jdbi;
    private final List<String> migrations;

    LegacySchemaMigrator(Jdbi jdbi) {
        this(jdbi, MIGRATIONS);
    }

    private LegacySchemaMigrator(Jdbi jdbi, List<String> migrations) {
        this.jdbi = jdbi;
        this.migrations = migrations;
    }

    /** Migrates {@code database} as the last build before Flyway did, through a connection of its own. */
    public static void migrate(TestDatabase database) {
        new LegacySchemaMigrator(Jdbi.create(database.url(), database.user(), database.password())).migrate();
    }

    /** A build that knew the first {@code count} migrations. */
    static LegacySchemaMigrator knowing(Jdbi jdbi, int count) {
        return new LegacySchemaMigrator(jdbi, MIGRATIONS.subList(0, count));
    }

    /** Applies what is missing; returns the names applied now. */
    List<String> migrate() {
        jdbi.useHandle(handle -> handle.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                + "version INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL)"));
        List<String> applied = new ArrayList<>();
        for (int i = 0; i < migrations.size(); i++) {
            int version = i + 1;
            String name = migrations.get(i);
            boolean done = jdbi.withHandle(handle -> handle
                    .createQuery("SELECT COUNT(*) FROM schema_migrations WHERE version = :v")
                    .bind("v", version).mapTo(Integer.class).one() > 0);
            if (done) {
                continue;
            }
            List<String> statements = statementsOf(read(name));
            jdbi.useTransaction(handle -> {
                for (String statement : statements) {
                    handle.execute(statement);
                }
                handle.createUpdate("INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)")
                        .bind("v", version).bind("n", name).bind("t", System.currentTimeMillis()).execute();
            });
            applied.add(name);
        }
        return applied;
    }

    /** Splits a migration into statements at semicolons that end a line; drops {@code --} comment lines. */
    static List<String> statementsOf(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String read(String name) {
        String resource = "/db/migration/" + name;
        try (InputStream in = LegacySchemaMigrator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + resource, e);
        }
    }
}
