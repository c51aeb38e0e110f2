package io.interven.gateway.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the SQL migrations under {@code db/migration/} in order, each once, recording them in
 * {@code schema_migrations}. The same files run on H2 and PostgreSQL.
 */
public final class SchemaMigrator {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    /** Every migration, oldest first. A new migration is appended here and never edited once released. */
    static final List<String> MIGRATIONS = List.of("V1__foundation.sql", "V2__policies_and_approvals.sql",
            "V3__response_scans.sql", "V4__policy_input.sql");

    private final Jdbi jdbi;

    public SchemaMigrator(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Applies what is missing; returns the names applied now. */
    public List<String> migrate() {
        jdbi.useHandle(handle -> handle.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                + "version INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL)"));
        List<String> applied = new ArrayList<>();
        for (int i = 0; i < MIGRATIONS.size(); i++) {
            int version = i + 1;
            String name = MIGRATIONS.get(i);
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
            LOG.info("applied migration {}", name);
            applied.add(name);
        }
        return applied;
    }

    /** How many migrations this build knows. */
    public int known() {
        return MIGRATIONS.size();
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
        try (InputStream in = SchemaMigrator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + resource, e);
        }
    }
}
