package io.interven.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.db.SchemaMigrator;
import io.interven.gateway.testing.DatabaseRows;
import io.interven.gateway.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code db migrate config.yml} creates the schema, and running it again changes nothing. */
class DbMigrateCommandTest {
    static final String[] TABLES = {"tenants", "environments", "agents", "api_keys", "traces", "approvals"};

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void createsEveryTableAndCanRunTwice(String kind, @TempDir Path dir) {
        TestDatabase database = TestDatabase.fresh(kind);
        String config = CliConfigFile.write(dir, database).toString();

        CliRunner.CliRun first = CliRunner.run("db", "migrate", config).succeeded();
        CliRunner.CliRun second = CliRunner.run("db", "migrate", config).succeeded();

        int known = new SchemaMigrator(null).known();
        assertThat(first.printed()).contains("database is at migration " + known + " of " + known);
        assertThat(second.printed()).contains("database is at migration " + known + " of " + known);
        for (String table : TABLES) {
            assertThat(DatabaseRows.count(database, table)).as(table).isZero();
        }
        assertThat(DatabaseRows.column(database, "SELECT name FROM schema_migrations ORDER BY version"))
                .hasSize(known).startsWith("V1__foundation.sql");
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2"})
    void anUnknownActionIsRefusedWithoutTouchingTheDatabase(String kind, @TempDir Path dir) {
        TestDatabase database = TestDatabase.fresh(kind);
        String config = CliConfigFile.write(dir, database).toString();

        CliRunner.CliRun run = CliRunner.run("db", "drop", config);

        assertThat(run.failure()).isPresent();
        assertThat(run.cliErr()).contains("drop");
        assertThat(DatabaseRows.column(database,
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = 'tenants'"))
                .containsExactly("0");
    }
}
