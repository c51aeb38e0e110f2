package io.interven.gateway.db;

import io.interven.gateway.testing.OpenDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.approval.ApprovalService;
import io.interven.gateway.approval.ApprovalStatus;
import io.interven.gateway.auth.ApiKeyFormat;
import io.interven.gateway.auth.StoredKey;
import io.interven.gateway.policy.PolicyStore;
import io.interven.gateway.tenancy.AgentRow;
import io.interven.gateway.tenancy.AuthenticationKeys;
import io.interven.gateway.tenancy.TenantDirectory;
import io.interven.gateway.tenancy.TenantRow;
import io.interven.gateway.testing.DatabaseRows;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.trace.TraceDao;
import io.interven.gateway.trace.TraceRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database a build before Flyway migrated (recorded in {@code schema_migrations} only, by
 * {@link LegacySchemaMigrator}) is handed over to Flyway: every row kept, the schema that of a fresh database, the
 * old migrations validated from then on; a legacy record that is not what those builds wrote is refused.
 */
abstract class LegacyUpgradeContract {
    /** The history of a database handed over from the last build before Flyway. */
    static final List<String> HANDED_OVER = handedOver();

    /** Columns that migrations after the handover add: new facts of new rows, not data of the old build. */
    static final Set<String> COLUMNS_ADDED_SINCE = Set.of("policy_input", "valid_until", "max_uses", "uses",
            "scope_tools", "scope_verbs", "ephemeral_key_id", "registered_on_first_use", "w3c_trace_id");

    /** Tables that migrations after the handover create: empty after the upgrade. */
    static final Set<String> TABLES_ADDED_SINCE = Set.of("request_nonces", "tenant_settings", "rate_windows",
            "tenant_principals", "agent_facts", "agent_volume", "read_values", "a2a_hops", "inbound_routes");

    abstract String database();

    private static List<String> handedOver() {
        List<String> history = new java.util.ArrayList<>();
        history.add("0 " + LegacyHandover.BASELINE_DESCRIPTION + " BASELINE true");
        MigrationFolder.releasedNames().forEach(name ->
                history.add(MigrationFolder.versionOf(name) + " " + name + " SQL true"));
        return history;
    }

    @Test
    void everyRowOfTheLastBuildBeforeFlywayIsKeptAndReadable() throws Exception {
        try (LegacyDatabase legacy = LegacyDatabase.built(database())) {
            LegacyDatabase.Seeded seeded = legacy.seed();
            Map<String, String> before = DatabaseRows.everyTable(legacy.database());

            List<String> applied = new DatabaseMigrations(legacy.jdbi()).migrate();

            assertThat(applied).isEqualTo(MigrationFolder.appliedFrom(4)).startsWith("4 drop schema migrations");
            Map<String, String> after = new TreeMap<>(DatabaseRows.everyTable(legacy.database(),
                    COLUMNS_ADDED_SINCE));
            assertThat(after.remove("flyway_schema_history")).isNotNull();
            TABLES_ADDED_SINCE.forEach(table -> assertThat(after.remove(table)).as(table).isEmpty());
            assertThat(before.get("schema_migrations")).contains("V3__response_scans.sql");
            before.remove("schema_migrations");
            assertThat(after).as("every other table, row by row").isEqualTo(before)
                    .containsKeys("tenants", "agents", "api_keys", "policies", "policy_versions", "traces",
                            "approvals", "response_scans");
            assertReadable(legacy, seeded);
        }
    }

    private static void assertReadable(LegacyDatabase legacy, LegacyDatabase.Seeded seeded) {
        TenantDirectory directory = new TenantDirectory(legacy.jdbi());
        assertThat(directory.findTenantByName(seeded.tenantName())).map(TenantRow::id).contains(seeded.tenantId());
        assertThat(directory.listAgents(seeded.tenantId())).extracting(AgentRow::id).contains(seeded.agentId());
        assertThat(new AuthenticationKeys(legacy.jdbi()).byHash(ApiKeyFormat.hash(seeded.key())))
                .map(StoredKey::tenantId).contains(seeded.tenantId());
        assertThat(new PolicyStore(legacy.jdbi(), new ObjectMapper())
                .latest(seeded.tenantId(), "production", seeded.policyName()))
                .hasValueSatisfying(policy -> assertThat(policy.description()).isEqualTo("kept across the upgrade"));
        Optional<TraceRecord> trace = legacy.jdbi().withExtension(TraceDao.class,
                dao -> dao.find(seeded.tenantId(), seeded.traceId()));
        assertThat(trace).map(TraceRecord::decision).contains("REQUIRE_APPROVAL");
        assertThat(new ApprovalService(legacy.jdbi(), Duration.ofDays(1), Clock.systemUTC())
                .status(seeded.tenantId(), seeded.approvalId())).contains(ApprovalStatus.PENDING);
        List<String> scannedTraces = legacy.jdbi().withHandle(handle -> handle
                .createQuery("SELECT trace_id FROM response_scans WHERE id = :id").bind("id", seeded.responseScanId())
                .mapTo(String.class).list());
        assertThat(scannedTraces).containsExactly(seeded.traceId().toString());
    }

    @Test
    void theHandedOverMigrationsAreRecordedOnceAndASecondRunChangesNothing() throws Exception {
        try (LegacyDatabase legacy = LegacyDatabase.built(database())) {
            DatabaseMigrations migrations = new DatabaseMigrations(legacy.jdbi());
            migrations.migrate();
            List<String> history = MigrationHistory.rows(legacy.jdbi());

            assertThat(migrations.migrate()).isEmpty();

            assertThat(MigrationHistory.scripts(legacy.jdbi())).isEqualTo(HANDED_OVER);
            assertThat(MigrationHistory.rows(legacy.jdbi())).isEqualTo(history);
            String latest = MigrationFolder.latestVersion();
            assertThat(migrations.status()).isEqualTo(new DatabaseMigrations.SchemaStatus(latest, latest));
        }
    }

    @Test
    void anUpgradedDatabaseHasTheSchemaOfAFreshOne() throws Exception {
        try (LegacyDatabase legacy = LegacyDatabase.built(database());
             OpenDatabase fresh = OpenDatabase.fresh(database())) {
            new DatabaseMigrations(legacy.jdbi()).migrate();
            new DatabaseMigrations(fresh.jdbi()).migrate();

            List<String> upgraded = SchemaShape.of(legacy.dataSource());
            assertThat(upgraded).isEqualTo(SchemaShape.of(fresh.dataSource()))
                    .contains("table flyway_schema_history", "table response_scans",
                            "index approvals (open_key) unique=true")
                    .noneMatch(line -> line.contains("schema_migrations"));
        }
    }

    @Test
    void aDatabaseOfAnEarlierBuildGetsTheMigrationsItLacks() throws Exception {
        try (LegacyDatabase legacy = LegacyDatabase.builtBy(database(), 2);
             OpenDatabase fresh = OpenDatabase.fresh(database())) {
            List<String> applied = new DatabaseMigrations(legacy.jdbi()).migrate();
            new DatabaseMigrations(fresh.jdbi()).migrate();

            assertThat(applied).isEqualTo(MigrationFolder.appliedFrom(3)).startsWith("3 response scans");
            assertThat(MigrationHistory.scripts(legacy.jdbi())).isEqualTo(HANDED_OVER);
            assertThat(SchemaShape.of(legacy.dataSource())).isEqualTo(SchemaShape.of(fresh.dataSource()));
        }
    }

    @Test
    void anEditedReleasedMigrationIsRefusedOnAnUpgradedDatabase(@TempDir Path dir) throws Exception {
        try (LegacyDatabase legacy = LegacyDatabase.built(database())) {
            new DatabaseMigrations(legacy.jdbi()).migrate();
            List<String> history = MigrationHistory.rows(legacy.jdbi());
            MigrationFolder edited = MigrationFolder.copyOfReleased(dir).edit("V2__policies_and_approvals.sql",
                    sql -> sql.replaceFirst("VARCHAR\\(2000\\)", "VARCHAR(4000)"));

            assertThatThrownBy(() -> new DatabaseMigrations(legacy.dataSource(), edited.location()).migrate())
                    .isInstanceOf(DatabaseMigrationException.class)
                    .hasMessageContaining("A released migration must never be edited")
                    .hasMessageContaining("checksum mismatch for migration version 2");
            assertThat(MigrationHistory.rows(legacy.jdbi())).isEqualTo(history);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "DELETE FROM schema_migrations WHERE version = 2",
        "UPDATE schema_migrations SET name = 'V3__something_else.sql' WHERE version = 3",
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (4, 'V4__from_elsewhere.sql', 0)",
        "DELETE FROM schema_migrations"})
    void aLegacyRecordThatIsNotWhatTheEarlierBuildsWroteIsRefused(String change) throws Exception {
        try (LegacyDatabase legacy = LegacyDatabase.built(database())) {
            legacy.jdbi().useHandle(handle -> handle.execute(change));
            List<String> recorded = DatabaseRows.column(legacy.database(),
                    "SELECT CAST(version AS VARCHAR(10)) || ' ' || name FROM schema_migrations ORDER BY version");
            List<String> schema = SchemaShape.of(legacy.dataSource());

            assertThatThrownBy(() -> new DatabaseMigrations(legacy.jdbi()).migrate())
                    .isInstanceOf(DatabaseMigrationException.class)
                    .hasMessageStartingWith("schema_migrations lists " + (recorded.isEmpty() ? "no migration"
                            : recorded.toString()))
                    .hasMessageContaining("nothing was migrated");
            assertThat(SchemaShape.of(legacy.dataSource())).as("no Flyway history, nothing else").isEqualTo(schema);
        }
    }

    @Test
    void aHandoverCutShortAfterItsBaselineFinishesAtTheNextRun() throws Exception {
        try (LegacyDatabase legacy = LegacyDatabase.built(database())) {
            DatabaseMigrations migrations = new DatabaseMigrations(legacy.jdbi());
            migrations.configuration().baselineVersion("0")
                    .baselineDescription(LegacyHandover.BASELINE_DESCRIPTION).load().baseline();

            assertThat(migrations.migrate()).isEqualTo(MigrationFolder.appliedFrom(4));

            assertThat(MigrationHistory.scripts(legacy.jdbi())).isEqualTo(HANDED_OVER);
        }
    }

    @Test
    void theGatewayStartsOnADatabaseOfTheLastBuildBeforeFlywayAndServesItsData() throws Exception {
        try (LegacyDatabase legacy = LegacyDatabase.built(database())) {
            LegacyDatabase.Seeded seeded = legacy.seed();
            GatewayHarness gateway = GatewayHarness.on(legacy.database()).start();
            try {
                assertServed(gateway.get("/v1/traces/" + seeded.traceId(), seeded.key()), seeded.traceId().toString());
                assertServed(gateway.get("/v1/approvals/" + seeded.approvalId(), seeded.key()), "\"status\":\"pending\"");
                assertServed(gateway.get("/v1/policies/by-name/" + seeded.policyName() + "?env=production",
                        seeded.key()), "kept across the upgrade");
                assertServed(gateway.get("/v1/admin/agents", seeded.key()), seeded.agentId().toString());
                assertThat(gateway.log()).contains("recorded migrations 1 to 3 from schema_migrations")
                        .contains("applied migration 4 drop schema migrations");
            } finally {
                gateway.close();
            }
        }
    }

    private static void assertServed(HttpResult answer, String expected) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.text()).contains(expected);
    }
}
