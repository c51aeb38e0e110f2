package io.interven.gateway.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A released migration never changes: Flyway would refuse every database it was applied to. Its checksum is pinned
 * here, so an edit fails the build instead of a deployment. A new migration is added to this list once released.
 */
class ReleasedMigrationsTest {
    private static final Map<String, Integer> RELEASED = Map.of(
            "V1__foundation.sql", 2071111944,
            "V2__policies_and_approvals.sql", 175907786,
            "V3__response_scans.sql", 741390386,
            "V4__drop_schema_migrations.sql", -674122325);

    @Test
    void everyReleasedMigrationIsStillThereUnchanged() {
        JdbcDataSource empty = new JdbcDataSource();
        empty.setURL("jdbc:h2:mem:released-migrations");
        Map<String, Integer> resolved = new TreeMap<>();
        Arrays.stream(new DatabaseMigrations(empty, DatabaseMigrations.LOCATION).configuration().load().info().all())
                .forEach(migration -> resolved.put(migration.getScript(), migration.getChecksum()));

        assertThat(resolved).containsAllEntriesOf(RELEASED);
    }
}
