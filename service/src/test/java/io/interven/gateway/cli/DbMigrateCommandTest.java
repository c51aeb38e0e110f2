package io.interven.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.db.LegacySchemaMigrator;
import io.interven.gateway.testing.DatabaseRows;
import io.interven.gateway.testing.TestDatabase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code db migrate config.yml} creates the schema, and running it again changes nothing; it upgrades a database of
 * the builds before Flyway and refuses one whose recorded migration no longer matches its file.
 */
class DbMigrateCommandTest {
    static final String[] TABLES = {"tenants", "environments", "agents", "api_keys", "traces", "approvals",
            "tenant_settings", "rate_windows"};
    static final String HISTORY_SCRIPTS = "SELECT \"script\" FROM \"flyway_schema_history\" "
            + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"";

    /** The migration files this build ships, in version order. */
    private static List<String> releasedScripts() {
        try (Stream<Path> files = Files.list(Path.of(DbMigrateCommandTest.class.getResource("/db/migration").toURI()))) {
            return files.map(file -> file.getFileName().toString())
                    .sorted(Comparator.comparingInt(DbMigrateCommandTest::versionOf)).toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int versionOf(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    private static String atLatest() {
        int latest = versionOf(releasedScripts().get(releasedScripts().size() - 1));
        return "database is at migration " + latest + " of " + latest;
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void createsEveryTableAndCanRunTwice(String kind, @TempDir Path dir) {
        TestDatabase database = TestDatabase.fresh(kind);
        String config = CliConfigFile.write(dir, database).toString();

        CliRunner.CliRun first = CliRunner.run("db", "migrate", config).succeeded();
        CliRunner.CliRun second = CliRunner.run("db", "migrate", config).succeeded();

        assertThat(first.printed()).contains(atLatest());
        assertThat(second.printed()).contains(atLatest());
        for (String table : TABLES) {
            assertThat(DatabaseRows.count(database, table)).as(table).isZero();
        }
        assertThat(DatabaseRows.column(database, HISTORY_SCRIPTS)).startsWith("V1__foundation.sql",
                "V2__policies_and_approvals.sql", "V3__response_scans.sql", "V4__drop_schema_migrations.sql",
                "V5__policy_input.sql").isEqualTo(releasedScripts());
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void upgradesADatabaseTheLastBuildBeforeFlywayMigrated(String kind, @TempDir Path dir) {
        TestDatabase database = TestDatabase.fresh(kind);
        LegacySchemaMigrator.migrate(database);
        String config = CliConfigFile.write(dir, database).toString();

        CliRunner.CliRun run = CliRunner.run("db", "migrate", config).succeeded();

        assertThat(run.printed()).contains(atLatest());
        List<String> handedOver = new ArrayList<>();
        handedOver.add("handed over from schema_migrations");
        handedOver.addAll(releasedScripts());
        assertThat(DatabaseRows.column(database, HISTORY_SCRIPTS)).isEqualTo(handedOver);
        assertThat(DatabaseRows.column(database, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE LOWER(TABLE_NAME) = 'schema_migrations'")).containsExactly("0");
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgres"})
    void refusesADatabaseWhoseRecordedMigrationNoLongerMatchesItsFile(String kind, @TempDir Path dir)
            throws SQLException {
        TestDatabase database = TestDatabase.fresh(kind);
        String config = CliConfigFile.write(dir, database).toString();
        CliRunner.run("db", "migrate", config).succeeded();
        execute(database, List.of("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 "
                + "WHERE \"version\" = '3'"));

        CliRunner.CliRun run = CliRunner.run("db", "migrate", config);

        assertThat(run.failure()).isPresent();
        assertThat(run.cliErr()).contains("A released migration must never be edited")
                .contains("checksum mismatch for migration version 3");
        assertThat(run.printed()).doesNotContain("database is at migration");
    }

    private static void execute(TestDatabase database, List<String> statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
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
