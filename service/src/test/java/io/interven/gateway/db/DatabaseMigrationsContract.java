package io.interven.gateway.db;

import io.interven.gateway.testing.OpenDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.gateway.testing.GatewayHarness;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flyway on a fresh database of each kind: every released migration once, in order, validated on every run; a
 * migration is added by dropping a file into the folder; an edited released migration stops migrations and the
 * gateway's start.
 */
abstract class DatabaseMigrationsContract {
    abstract String database();

    @Test
    void aFreshDatabaseGetsEveryReleasedMigrationOnceAndASecondRunChangesNothing() throws Exception {
        try (OpenDatabase fresh = OpenDatabase.fresh(database())) {
            DatabaseMigrations migrations = new DatabaseMigrations(fresh.jdbi());

            List<String> applied = migrations.migrate();
            List<String> history = MigrationHistory.rows(fresh.jdbi());

            assertThat(applied).startsWith("1 foundation", "2 policies and approvals", "3 response scans",
                    "4 drop schema migrations", "5 policy input").isEqualTo(MigrationFolder.appliedFrom(1));
            List<String> expected = new ArrayList<>();
            MigrationFolder.releasedNames().forEach(name ->
                    expected.add(name.substring(1, name.indexOf("__")) + " " + name + " SQL true"));
            assertThat(MigrationHistory.scripts(fresh.jdbi())).isEqualTo(expected);
            assertThat(migrations.migrate()).isEmpty();
            assertThat(MigrationHistory.rows(fresh.jdbi())).isEqualTo(history);
            String latest = MigrationFolder.latestVersion();
            assertThat(migrations.status()).isEqualTo(new DatabaseMigrations.SchemaStatus(latest, latest));
        }
    }

    @Test
    void anEditedReleasedMigrationIsRefusedAndNothingIsMigrated(@TempDir Path dir) throws Exception {
        try (OpenDatabase database = OpenDatabase.fresh(database())) {
            new DatabaseMigrations(database.jdbi()).migrate();
            List<String> history = MigrationHistory.rows(database.jdbi());
            MigrationFolder edited = MigrationFolder.copyOfReleased(dir)
                    .edit("V1__foundation.sql", sql -> sql.replace("name        VARCHAR(200) NOT NULL UNIQUE",
                            "name        VARCHAR(300) NOT NULL UNIQUE"))
                    .add("V" + MigrationFolder.nextVersion() + "__add_tenant_note.sql",
                            "ALTER TABLE tenants ADD COLUMN note VARCHAR(200);\n");

            assertThatThrownBy(() -> new DatabaseMigrations(database.dataSource(), edited.location()).migrate())
                    .isInstanceOf(DatabaseMigrationException.class)
                    .hasMessageStartingWith("The migrations recorded in the database do not match this build's")
                    .hasMessageContaining("A released migration must never be edited")
                    .hasMessageContaining("checksum mismatch for migration version 1");
            assertThat(MigrationHistory.rows(database.jdbi())).isEqualTo(history);
            assertThat(SchemaShape.of(database.dataSource())).noneMatch(line -> line.contains("tenants.note"));
        }
    }

    @Test
    void aMigrationDroppedIntoTheFolderIsAppliedWithNothingElseToChange(@TempDir Path dir) throws Exception {
        try (OpenDatabase database = OpenDatabase.fresh(database())) {
            new DatabaseMigrations(database.jdbi()).migrate();
            int next = MigrationFolder.nextVersion();
            MigrationFolder withNextFile = MigrationFolder.copyOfReleased(dir)
                    .add("V" + next + "__add_tenant_note.sql", "ALTER TABLE tenants ADD COLUMN note VARCHAR(200);\n");
            DatabaseMigrations withNext = new DatabaseMigrations(database.dataSource(), withNextFile.location());

            assertThat(withNext.migrate()).containsExactly(next + " add tenant note");

            assertThat(SchemaShape.of(database.dataSource())).anyMatch(line -> line.startsWith("column tenants.note "));
            assertThat(withNext.migrate()).isEmpty();
            String version = String.valueOf(next);
            assertThat(withNext.status()).isEqualTo(new DatabaseMigrations.SchemaStatus(version, version));
        }
    }

    @Test
    void aDatabaseMigratedByANewerBuildIsStillAcceptedByAnOlderOne(@TempDir Path dir) throws Exception {
        try (OpenDatabase database = OpenDatabase.fresh(database())) {
            int next = MigrationFolder.nextVersion();
            MigrationFolder newer = MigrationFolder.copyOfReleased(dir)
                    .add("V" + next + "__add_tenant_note.sql", "ALTER TABLE tenants ADD COLUMN note VARCHAR(200);\n");
            new DatabaseMigrations(database.dataSource(), newer.location()).migrate();

            DatabaseMigrations older = new DatabaseMigrations(database.jdbi());

            assertThat(older.migrate()).isEmpty();
            assertThat(older.status()).isEqualTo(new DatabaseMigrations.SchemaStatus(String.valueOf(next),
                    MigrationFolder.latestVersion()));
        }
    }

    @Test
    void aSchemaWithTablesButNoRecordOfMigrationsIsRefused() throws Exception {
        try (OpenDatabase database = OpenDatabase.fresh(database())) {
            database.jdbi().useHandle(handle -> handle.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"));

            assertThatThrownBy(() -> new DatabaseMigrations(database.jdbi()).migrate())
                    .isInstanceOf(DatabaseMigrationException.class)
                    .hasMessageStartingWith("The database already holds tables [invoices] but no record of migrations")
                    .hasMessageContaining("nothing was migrated");
            assertThat(SchemaShape.of(database.dataSource())).filteredOn(line -> line.startsWith("table "))
                    .containsExactly("table invoices");
        }
    }

    @Test
    void aMisnamedFileInTheFolderIsRefusedRatherThanSkipped(@TempDir Path dir) throws Exception {
        try (OpenDatabase database = OpenDatabase.fresh(database())) {
            MigrationFolder misnamed = MigrationFolder.copyOfReleased(dir)
                    .add("V6_add_tenant_note.sql", "ALTER TABLE tenants ADD COLUMN note VARCHAR(200);\n");

            assertThatThrownBy(() -> new DatabaseMigrations(database.dataSource(), misnamed.location()).migrate())
                    .isInstanceOf(DatabaseMigrationException.class)
                    .hasMessageContaining("V6_add_tenant_note.sql");
            assertThat(SchemaShape.of(database.dataSource())).isEmpty();
        }
    }

    @Test
    void theGatewayDoesNotStartWhenARecordedMigrationNoLongerMatchesItsFile() throws Exception {
        try (OpenDatabase database = OpenDatabase.fresh(database())) {
            new DatabaseMigrations(database.jdbi()).migrate();
            database.jdbi().useHandle(handle -> handle.execute("UPDATE " + MigrationHistory.TABLE
                    + " SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '2'"));
            GatewayHarness gateway = GatewayHarness.on(database.database()).build();

            assertThatThrownBy(gateway::start)
                    .hasMessageContaining("A released migration must never be edited")
                    .hasMessageContaining("checksum mismatch for migration version 2");
            gateway.close();
        }
    }
}
