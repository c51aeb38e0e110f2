package io.interven.gateway.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a database the earlier builds migrated themselves over to Flyway. Those builds ran the same V1..V3 files and
 * recorded them in {@code schema_migrations (version, name, applied_at)}. When that table exists and Flyway has
 * recorded no migration yet, the versions it lists are recorded in {@code flyway_schema_history} as applied, with
 * the checksums of the files, without running them again (after a baseline marker at version 0 saying so). From
 * then on Flyway validates them like any other, and V4 drops {@code schema_migrations}. Each step is safe to repeat,
 * so a handover cut short finishes at the next start. A table that is not exactly versions 1..n (n at most 3)
 * under the names those builds wrote is refused: nothing is guessed.
 */
final class LegacyHandover {
    static final String TABLE = "schema_migrations";
    static final String BASELINE_DESCRIPTION = "handed over from schema_migrations";

    /** What the earlier builds recorded for versions 1, 2 and 3. Fixed: those builds are retired. */
    static final List<String> RECORDED_NAMES = List.of("V1__foundation.sql", "V2__policies_and_approvals.sql",
            "V3__response_scans.sql");

    private static final Logger LOG = LoggerFactory.getLogger(LegacyHandover.class);

    private final DataSource dataSource;
    private final Supplier<FluentConfiguration> flyway;

    LegacyHandover(DataSource dataSource, Supplier<FluentConfiguration> flyway) {
        this.dataSource = dataSource;
        this.flyway = flyway;
    }

    void run() {
        if (!SchemaTables.of(dataSource).contains(TABLE)) {
            return;
        }
        MigrationInfo[] applied = flyway.get().load().info().applied();
        if (Arrays.stream(applied).anyMatch(LegacyHandover::isMigration)) {
            return; // Flyway keeps the record already; a schema_migrations left behind is dropped by V4 or ignored
        }
        int version = recordedVersion();
        if (Arrays.stream(applied).noneMatch(migration -> migration.getState() == MigrationState.BASELINE)) {
            flyway.get().baselineVersion("0").baselineDescription(BASELINE_DESCRIPTION).load().baseline();
        }
        flyway.get().skipExecutingMigrations(true).target(String.valueOf(version)).load().migrate();
        LOG.info("recorded migrations 1 to {} from {} in flyway_schema_history without running them again",
                version, TABLE);
    }

    private static boolean isMigration(MigrationInfo applied) {
        return applied.isVersioned() && applied.getState() != MigrationState.BASELINE;
    }

    /** The last version schema_migrations lists, once it is found to be exactly what the earlier builds wrote. */
    private int recordedVersion() {
        List<Recorded> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT version, name FROM " + TABLE + " ORDER BY version")) {
            while (result.next()) {
                rows.add(new Recorded(result.getInt(1), result.getString(2)));
            }
        } catch (SQLException e) {
            throw new DatabaseMigrationException("cannot read " + TABLE + ": " + e.getMessage(), e);
        }
        if (!asWritten(rows)) {
            throw new DatabaseMigrationException(TABLE + " lists " + (rows.isEmpty() ? "no migration" : rows)
                    + ", which is not what the earlier builds wrote (from version 1 on without gaps: "
                    + RECORDED_NAMES + "), so which migrations this database has is unknown and nothing was "
                    + "migrated. Restore the database from a backup, or correct " + TABLE + " by hand to the "
                    + "migrations it really has.");
        }
        return rows.size();
    }

    /** Versions 1..n, n from 1 to 3, each under the name the earlier builds gave it. */
    private static boolean asWritten(List<Recorded> rows) {
        if (rows.isEmpty() || rows.size() > RECORDED_NAMES.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).version() != i + 1 || !RECORDED_NAMES.get(i).equals(rows.get(i).name())) {
                return false;
            }
        }
        return true;
    }

    /** One row of schema_migrations. */
    private record Recorded(int version, String name) {
        @Override
        public String toString() {
            return version + " " + name;
        }
    }
}
