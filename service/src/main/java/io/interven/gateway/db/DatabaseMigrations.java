package io.interven.gateway.db;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database to this build's schema with Flyway: every {@code V<n>__<description>.sql} under
 * {@code db/migration/}, in version order, each once, recorded with its checksum in {@code flyway_schema_history}.
 * The same files run on H2 and PostgreSQL. Flyway first validates what the database recorded against the files, so
 * a released migration edited after it was applied stops everything with a {@link DatabaseMigrationException}. A
 * database the earlier builds migrated themselves is handed over first ({@link LegacyHandover}). Nothing here ever
 * cleans (drops) a schema.
 */
public final class DatabaseMigrations {
    /** Where the migrations are: a new one is a new file there, nothing else. */
    static final String LOCATION = "classpath:db/migration";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseMigrations.class);

    private final DataSource dataSource;
    private final String[] locations;

    /** On the pool the Jdbi (built by {@link JdbiSetup}) draws from. */
    public DatabaseMigrations(Jdbi jdbi) {
        this(JdbiDataSource.of(jdbi), LOCATION);
    }

    DatabaseMigrations(DataSource dataSource, String... locations) {
        this.dataSource = dataSource;
        this.locations = locations.clone();
    }

    /**
     * Hands a legacy database over, validates what the database recorded, applies what is pending; answers what was
     * applied now ({@code "<version> <description>"}), empty when the database was up to date.
     */
    public List<String> migrate() {
        try {
            new LegacyHandover(dataSource, this::configuration).run();
            Flyway flyway = configuration().load();
            refuseForeignTables(flyway);
            MigrateResult result = flyway.migrate();
            List<String> applied = result.migrations.stream()
                    .map(migration -> migration.version + " " + migration.description).toList();
            applied.forEach(migration -> LOG.info("applied migration {}", migration));
            return applied;
        } catch (FlywayException e) {
            throw DatabaseMigrationException.of(e);
        }
    }

    /** Tables but no record of migrations: not a database the gateway made, so nothing is run on it. */
    private void refuseForeignTables(Flyway flyway) {
        if (flyway.info().applied().length > 0) {
            return;
        }
        Set<String> tables = SchemaTables.of(dataSource);
        tables.remove("flyway_schema_history");
        if (!tables.isEmpty()) {
            throw new DatabaseMigrationException("The database already holds tables " + tables + " but no record of "
                    + "migrations (neither flyway_schema_history nor the older schema_migrations), so it is not one "
                    + "the gateway made and nothing was migrated. Point database.url at an empty database or schema, "
                    + "or at the gateway's own.");
        }
    }

    /** The version the database is at and the newest this build knows, as Flyway reports them. */
    public SchemaStatus status() {
        try {
            MigrationInfoService info = configuration().load().info();
            MigrationInfo current = info.current();
            String latest = Arrays.stream(info.all())
                    .filter(migration -> migration.isVersioned() && migration.getState().isResolved())
                    .max(Comparator.comparing(MigrationInfo::getVersion))
                    .map(migration -> migration.getVersion().getVersion()).orElse("none");
            return new SchemaStatus(current == null ? "none" : current.getVersion().getVersion(), latest);
        } catch (FlywayException e) {
            throw DatabaseMigrationException.of(e);
        }
    }

    /**
     * Flyway as the gateway uses it: validated before migrating, misnamed files refused rather than skipped, no
     * baseline taken on its own, clean disabled.
     */
    FluentConfiguration configuration() {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .validateOnMigrate(true)
                .baselineOnMigrate(false)
                .cleanDisabled(true);
    }

    /** Where the schema stands: {@code current} is the last applied version, {@code latest} the newest known. */
    public record SchemaStatus(String current, String latest) {
    }
}
