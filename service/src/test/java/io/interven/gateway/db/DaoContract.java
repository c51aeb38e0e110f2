package io.interven.gateway.db;

import io.interven.gateway.testing.MigratedDatabase;
import static io.interven.gateway.db.TraceRecords.trace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.gateway.approval.ApprovalService;
import io.interven.gateway.approval.ApprovalStatus;
import io.interven.gateway.auth.ApiKeyFormat;
import io.interven.gateway.auth.Role;
import io.interven.gateway.auth.StoredKey;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import io.interven.gateway.tenancy.AgentRow;
import io.interven.gateway.tenancy.ApiKeyRow;
import io.interven.gateway.tenancy.AuthenticationKeys;
import io.interven.gateway.tenancy.EnvironmentRow;
import io.interven.gateway.tenancy.IssuedKey;
import io.interven.gateway.tenancy.KeyIssuer;
import io.interven.gateway.tenancy.TenantDirectory;
import io.interven.gateway.tenancy.TenantSettings;
import io.interven.gateway.tenancy.TenantSettingsChange;
import io.interven.gateway.trace.TraceDao;
import io.interven.gateway.trace.TraceRows;
import io.interven.gateway.trace.TraceQuery;
import io.interven.gateway.trace.TraceRecord;
import io.interven.gateway.trace.TraceSearch;
import io.interven.gateway.trace.TraceWriter;
import io.interven.spi.AgentRef;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The data layer on a fresh, migrated database of each kind: no query crosses tenants, no key is kept in clear. */
abstract class DaoContract {
    private static final Duration APPROVAL_TTL = Duration.ofMinutes(15);

    private MigratedDatabase database;
    private TenantDirectory directory;
    private KeyIssuer keys;

    abstract String database();

    @BeforeEach
    void migrate() {
        database = new MigratedDatabase(database());
        directory = new TenantDirectory(database.jdbi());
        keys = new KeyIssuer(database.jdbi(), directory);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private UUID newTenant() {
        return directory.createTenant("t-" + UUID.randomUUID()).id();
    }

    private Optional<TraceRecord> findTrace(UUID tenantId, UUID traceId) {
        return database.jdbi().withExtension(TraceDao.class, dao -> dao.find(tenantId, traceId));
    }

    private List<UUID> search(UUID tenantId, UUID agentId, String decision, Long since, int limit) {
        return new TraceSearch(database.jdbi()).find(new TraceQuery(tenantId, agentId, decision, since, limit))
                .stream().map(TraceRecord::traceId).toList();
    }

    @Test
    void migrationsApplyOnceAndAreIdempotent() {
        DatabaseMigrations migrations = new DatabaseMigrations(database.jdbi());
        String latest = migrations.status().latest();

        assertThat(database.firstMigration()).hasSize(MigrationFolder.releasedNames().size())
                .startsWith("1 foundation");
        assertThat(latest).isEqualTo(String.valueOf(MigrationFolder.latestReleasedVersion()));
        assertThat(migrations.migrate()).isEmpty();
        assertThat(migrations.migrate()).isEmpty();
        assertThat(migrations.status()).isEqualTo(new DatabaseMigrations.SchemaStatus(latest, latest));
    }

    @Test
    void aTenantIsStoredWithItsOwnSaltAndItsNameIsUnique() {
        var first = directory.createTenant("acme");
        var second = directory.createTenant("globex");

        assertThat(directory.findTenant(first.id())).contains(first);
        assertThat(directory.findTenantByName("globex")).contains(second);
        assertThat(directory.findTenant(UUID.randomUUID())).isEmpty();
        assertThat(first.hmacSalt()).matches("[0-9a-f]{64}").isNotEqualTo(second.hmacSalt());
        assertThat(directory.hasAnyTenant()).isTrue();
        assertThatThrownBy(() -> directory.createTenant("acme")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
    }

    @Test
    void anEmptyDatabaseHasNoTenant() {
        assertThat(directory.hasAnyTenant()).isFalse();
    }

    @Test
    void anEnvironmentIsCreatedOnceWithItsDefaultAgent() {
        UUID tenant = newTenant();

        EnvironmentRow first = directory.ensureEnvironment(tenant, "production");
        EnvironmentRow again = directory.ensureEnvironment(tenant, "production");

        assertThat(again.defaultAgentId()).isNotNull().isEqualTo(first.defaultAgentId());
        AgentRow agent = directory.findAgent(tenant, first.defaultAgentId()).orElseThrow();
        assertThat(agent.name()).isEqualTo(TenantDirectory.DEFAULT_AGENT_NAME);
        assertThat(agent.envName()).isEqualTo("production");
        assertThat(agent.tenantId()).isEqualTo(tenant);
        assertThat(directory.listAgents(tenant)).containsExactly(agent);
        assertThat(directory.findEnvironment(tenant, "staging")).isEmpty();
    }

    @Test
    void eachEnvironmentHasItsOwnDefaultAgent() {
        UUID tenant = newTenant();

        UUID production = directory.ensureEnvironment(tenant, "production").defaultAgentId();
        UUID staging = directory.ensureEnvironment(tenant, "staging").defaultAgentId();

        assertThat(production).isNotEqualTo(staging);
        assertThat(directory.findAgent(tenant, staging).orElseThrow().envName()).isEqualTo("staging");
    }

    @Test
    void agentsAreFoundOnlyWithinTheirTenant() {
        UUID owner = newTenant();
        UUID other = newTenant();
        AgentRow agent = directory.createAgent(owner, "production", "support-bot", "langchain");

        assertThat(directory.findAgent(owner, agent.id())).contains(agent);
        assertThat(directory.findAgent(other, agent.id())).isEmpty();
        assertThat(directory.listAgents(owner)).extracting(AgentRow::id).contains(agent.id());
        assertThat(directory.listAgents(other)).isEmpty();
    }

    @Test
    void aKeyIsStoredOnlyAsItsSha256Hash() {
        UUID tenant = newTenant();

        IssuedKey issued = keys.mint(tenant, "production", EnumSet.of(Role.SCAN, Role.ANALYST), null, "ci");

        String plaintext = issued.plaintext();
        assertThat(plaintext).startsWith(ApiKeyFormat.LIVE_PREFIX);
        ApiKeyRow stored = keys.list(tenant).get(0);
        assertThat(stored.keyHash()).isEqualTo(ApiKeyFormat.hash(plaintext)).matches("[0-9a-f]{64}");
        assertThat(stored.keyPrefix()).isEqualTo(plaintext.substring(0, stored.keyPrefix().length()));
        assertThat(stored.roles()).isEqualTo("analyst,scan");
        String table = database.textOf("api_keys");
        assertThat(table).contains(stored.keyHash())
                .doesNotContain(plaintext)
                .doesNotContain(plaintext.substring(ApiKeyFormat.LIVE_PREFIX.length()))
                .doesNotContain(plaintext.substring(plaintext.length() - 16));
        AuthenticationKeys lookup = new AuthenticationKeys(database.jdbi());
        assertThat(lookup.byHash(ApiKeyFormat.hash(plaintext))).map(StoredKey::keyId).contains(stored.id());
        assertThat(lookup.byHash(plaintext)).isEmpty();
    }

    @Test
    void authenticationFindsAKeyWithItsEnvironmentsDefaultAgentInOneLookup() {
        UUID tenant = newTenant();
        UUID stagingDefault = directory.ensureEnvironment(tenant, "staging").defaultAgentId();
        AgentRow bot = directory.createAgent(tenant, "staging", "bot", "custom");
        IssuedKey unbound = keys.mint(tenant, "staging", EnumSet.of(Role.SCAN), null, null);
        IssuedKey bound = keys.mint(tenant, "staging", EnumSet.of(Role.ANALYST, Role.SCAN), bot.id(), null);
        AuthenticationKeys lookup = new AuthenticationKeys(database.jdbi());

        StoredKey plain = lookup.byHash(ApiKeyFormat.hash(unbound.plaintext())).orElseThrow();
        StoredKey minted = lookup.byHash(ApiKeyFormat.hash(bound.plaintext())).orElseThrow();
        keys.revoke(tenant, unbound.row().id());

        assertThat(plain).isEqualTo(new StoredKey(unbound.row().id(), tenant, "staging", null, stagingDefault,
                Set.of(Role.SCAN), null, "live", null, null, 0, null, null, false));
        assertThat(minted).isEqualTo(new StoredKey(bound.row().id(), tenant, "staging", bot.id(), stagingDefault,
                Set.of(Role.ANALYST, Role.SCAN), null, "live", null, null, 0, null, null, false));
        assertThat(lookup.byHash(ApiKeyFormat.hash(unbound.plaintext())).orElseThrow().revokedAt()).isNotNull();
    }

    @Test
    void statementsComeFromTheDriverItselfWhileAConnectionBackInThePoolRefusesUse() throws Exception {
        Connection connection = JdbiDataSource.of(database.jdbi()).getConnection();
        try (PreparedStatement statement = connection.prepareStatement("SELECT ?")) {
            statement.setInt(1, 7);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(7);
            }
            assertThat(Proxy.isProxyClass(statement.getClass())).as("no reflective proxy per parameter bound")
                    .isFalse();
            assertThat(statement.getClass().getName())
                    .startsWith("h2".equals(database()) ? "org.h2." : "org.postgresql.");
        }
        connection.close();

        assertThatThrownBy(() -> connection.prepareStatement("SELECT 1")).isInstanceOf(SQLException.class);
    }

    @Test
    void authenticationReadsAStoredRoleListAsTheRolesItNamesIgnoringNamesItDoesNotKnow() {
        UUID tenant = newTenant();
        IssuedKey issued = keys.mint(tenant, "production", EnumSet.of(Role.SCAN), null, null);
        database.jdbi().useHandle(handle -> handle.createUpdate("UPDATE api_keys SET roles = :roles WHERE id = :id")
                .bind("roles", " analyst , role-of-a-later-version,scan").bind("id", issued.row().id()).execute());

        StoredKey stored = new AuthenticationKeys(database.jdbi()).byHash(ApiKeyFormat.hash(issued.plaintext()))
                .orElseThrow();

        assertThat(stored.roles()).isEqualTo(EnumSet.of(Role.ANALYST, Role.SCAN));
    }

    @Test
    void authenticationReadsWhetherTheTenantRequiresSignaturesWithTheKey() {
        UUID strict = newTenant();
        UUID lenient = newTenant();
        IssuedKey strictKey = keys.mint(strict, "production", EnumSet.of(Role.SCAN), null, null);
        IssuedKey lenientKey = keys.mint(lenient, "production", EnumSet.of(Role.SCAN), null, null);
        AuthenticationKeys lookup = new AuthenticationKeys(database.jdbi());
        assertThat(lookup.byHash(ApiKeyFormat.hash(strictKey.plaintext())).orElseThrow().signaturesRequired())
                .as("no settings row yet").isFalse();

        new TenantSettings(database.jdbi(), Clock.systemUTC())
                .change(strict, new TenantSettingsChange(Optional.empty(), Optional.of(true)));

        assertThat(lookup.byHash(ApiKeyFormat.hash(strictKey.plaintext())).orElseThrow().signaturesRequired()).isTrue();
        assertThat(lookup.byHash(ApiKeyFormat.hash(lenientKey.plaintext())).orElseThrow().signaturesRequired())
                .isFalse();
    }

    @Test
    void aKeyIsRevokedOnceAndOnlyByItsTenant() {
        UUID owner = newTenant();
        UUID other = newTenant();
        UUID keyId = keys.mint(owner, "production", EnumSet.of(Role.SCAN), null, null).row().id();

        assertThat(keys.revoke(other, keyId)).isFalse();
        assertThat(keys.exists(other, keyId)).isFalse();
        assertThat(keys.list(owner).get(0).revokedAt()).isNull();
        assertThat(keys.revoke(owner, keyId)).isTrue();
        assertThat(keys.revoke(owner, keyId)).isFalse();
        assertThat(keys.exists(owner, keyId)).isTrue();
        assertThat(keys.list(owner).get(0).revokedAt()).isNotNull();
        assertThat(keys.revoke(owner, UUID.randomUUID())).isFalse();
    }

    @Test
    void tracesAreWrittenInBatchesAndFoundOnlyByTheirTenant() throws InterruptedException {
        UUID owner = newTenant();
        UUID other = newTenant();
        UUID agent = UUID.randomUUID();
        List<TraceRecord> records = List.of(trace(owner, agent, "ALLOW", 1_000), trace(owner, agent, "DENY", 2_000),
                trace(owner, null, "SANITIZE", 3_000));
        TraceWriter writer = new TraceWriter(database.jdbi(), 100, 2, 100);
        writer.start();

        records.forEach(trace -> writer.reserve().orElseThrow().record(trace));
        writer.stop();

        for (TraceRecord record : records) {
            assertThat(findTrace(owner, record.traceId())).contains(record);
            assertThat(findTrace(other, record.traceId())).isEmpty();
        }
    }

    @Test
    void traceSearchAppliesEachFilterWithinTheTenant() throws SQLException {
        UUID owner = newTenant();
        UUID other = newTenant();
        UUID agent = UUID.randomUUID();
        TraceRecord oldAllow = trace(owner, agent, "ALLOW", 1_000);
        TraceRecord deny = trace(owner, agent, "DENY", 2_000);
        TraceRecord otherAgent = trace(owner, UUID.randomUUID(), "DENY", 3_000);
        TraceRecord foreign = trace(other, agent, "DENY", 4_000);
        new TraceRows(database.jdbi()).insertAll(List.of(oldAllow, deny, otherAgent, foreign));

        assertThat(search(owner, null, null, null, 50))
                .containsExactly(otherAgent.traceId(), deny.traceId(), oldAllow.traceId());
        assertThat(search(owner, agent, null, null, 50)).containsExactly(deny.traceId(), oldAllow.traceId());
        assertThat(search(owner, null, "DENY", null, 50)).containsExactly(otherAgent.traceId(), deny.traceId());
        assertThat(search(owner, agent, "DENY", null, 50)).containsExactly(deny.traceId());
        assertThat(search(owner, null, null, 2_000L, 50)).containsExactly(otherAgent.traceId(), deny.traceId());
        assertThat(search(owner, null, null, 3_001L, 50)).isEmpty();
        assertThat(search(owner, null, null, null, 1)).containsExactly(otherAgent.traceId());
        assertThat(search(other, null, null, null, 50)).containsExactly(foreign.traceId());
    }

    @Test
    void oneAgentsTracesAreReadThroughTheIndexOfEachAgentsTraces() throws SQLException {
        UUID owner = newTenant();
        UUID agent = UUID.randomUUID();
        new TraceRows(database.jdbi()).insertAll(List.of(trace(owner, agent, "DENY", 1_000),
                trace(owner, UUID.randomUUID(), "ALLOW", 2_000)));
        TraceQuery oneAgent = new TraceQuery(owner, agent, null, null, 50);
        List<TraceRecord> found = new ArrayList<>();
        List<String> statements = StatementCounter.on(database.jdbi())
                .ranDuring(() -> found.addAll(new TraceSearch(database.jdbi()).find(oneAgent)));

        assertThat(found).extracting(TraceRecord::agentId).containsExactly(agent);
        assertThat(statements).hasSize(1);
        assertThat(planOf(statements.get(0), oneAgent)).containsIgnoringCase("traces_by_agent");
    }

    @Test
    void whetherAnotherTenantHasAnAgentIsAnsweredThroughTheIndexOfAgentIds() throws SQLException {
        UUID owner = newTenant();
        UUID other = newTenant();
        AgentRow foreign = directory.createAgent(other, "production", "billing-bot", "custom");
        directory.createAgent(owner, "production", "support-bot", "custom");
        List<Boolean> answers = new ArrayList<>();
        List<String> statements = StatementCounter.on(database.jdbi()).ranDuring(() -> answers.add(
                directory.isAgentOfAnotherTenant(owner, foreign.id())));

        assertThat(answers).containsExactly(true);
        assertThat(directory.isAgentOfAnotherTenant(other, foreign.id())).isFalse();
        assertThat(statements).hasSize(1);
        String plan = database.jdbi().inTransaction(handle -> {
            QueryPlans.avoidSortsAndWholeTableReads(handle, database());
            return String.join("\n", handle.createQuery("EXPLAIN " + statements.get(0)).bind("tenantId", owner)
                    .bind("id", foreign.id()).mapTo(String.class).list());
        });
        assertThat(plan).as(plan).containsIgnoringCase("agents_by_id");
    }

    /**
     * Three traces of one agent, two of them in the same millisecond: the order every listing answers them in,
     * newest first and ties by trace id descending.
     */
    private List<UUID> threeTracesNewestFirst(UUID owner, UUID agent) throws SQLException {
        TraceRecord first = trace(owner, agent, "DENY", 1_000);
        TraceRecord tiedA = trace(owner, agent, "ALLOW", 2_000);
        TraceRecord tiedB = trace(owner, agent, "ALLOW", 2_000);
        new TraceRows(database.jdbi()).insertAll(List.of(first, tiedA, tiedB));
        UUID[] tied = {tiedA.traceId(), tiedB.traceId()};
        // both databases compare UUIDs as unsigned bytes, the order of their text (not UUID.compareTo's)
        Arrays.sort(tied, Comparator.comparing(UUID::toString).reversed());
        return List.of(tied[0], tied[1], first.traceId());
    }

    /**
     * A page of a tenant's or an agent's traces is read in index order, newest first, and never sorted: a sort would
     * read every trace of the tenant (or agent) for each page, seconds at a million traces.
     */
    @Test
    void traceListingsAreReadInIndexOrderWithoutSorting() throws SQLException {
        UUID owner = newTenant();
        UUID agent = UUID.randomUUID();
        List<UUID> newestFirst = threeTracesNewestFirst(owner, agent);
        TraceSearch search = new TraceSearch(database.jdbi());

        for (TraceQuery query : List.of(new TraceQuery(owner, null, null, null, 50),
                new TraceQuery(owner, agent, null, null, 50))) {
            List<String> statements = new ArrayList<>();

            assertThat(idsFound(search, query, statements)).as("newest first, ties by trace id descending")
                    .isEqualTo(newestFirst);
            assertThat(statements).hasSize(1);
            assertReadInIndexOrder(planOf(statements.get(0), query));
        }
    }

    /** A search since a moment reads that range of the index and stops, however few traces follow the moment. */
    @Test
    void aSearchSinceAMomentReadsOnlyThatRangeOfTheIndex() throws SQLException {
        UUID owner = newTenant();
        UUID agent = UUID.randomUUID();
        List<UUID> newestFirst = threeTracesNewestFirst(owner, agent);
        TraceSearch search = new TraceSearch(database.jdbi());

        for (TraceQuery since : List.of(new TraceQuery(owner, null, null, 1_500L, 50),
                new TraceQuery(owner, agent, null, 1_500L, 50))) {
            List<String> statements = new ArrayList<>();

            assertThat(idsFound(search, since, statements)).isEqualTo(newestFirst.subList(0, 2));
            String plan = planOf(statements.get(0), since);
            assertReadInIndexOrder(plan);
            assertThat(plan).as("the creation time bounds the index range read: " + plan).matches(
                    database().equals("postgres") ? "(?is).*Index Cond:[^\\n]*created_at >=.*"
                            : "(?is).*/\\* PUBLIC\\.TRACES_BY_\\w+: [^*]*CREATED_AT >=.*");
        }
    }

    /** The calls a policy simulation replays are read in index order too, so its cap cuts ties the same way. */
    @Test
    void theCallsASimulationReplaysAreReadInIndexOrder() throws SQLException {
        UUID owner = newTenant();
        List<UUID> newestFirst = threeTracesNewestFirst(owner, UUID.randomUUID());
        List<UUID> replayed = new ArrayList<>();

        List<String> statements = StatementCounter.on(database.jdbi()).ranDuring(() -> database.jdbi()
                .withExtension(TraceDao.class, dao -> dao.between(owner, "production", 0, 10_000, 10))
                .forEach(trace -> replayed.add(trace.traceId())));

        assertThat(replayed).isEqualTo(newestFirst);
        assertThat(statements).hasSize(1);
        assertReadInIndexOrder(database.jdbi().inTransaction(handle -> {
            QueryPlans.avoidSortsAndWholeTableReads(handle, database());
            return String.join("\n", handle.createQuery("EXPLAIN " + statements.get(0)).bind("tenantId", owner)
                    .bind("envName", "production").bind("since", 0L).bind("until", 10_000L).bind("cap", 10)
                    .mapTo(String.class).list());
        }));
    }

    /** The ids of the traces {@code search} finds for {@code query}, in its order; adds the statements it ran. */
    private List<UUID> idsFound(TraceSearch search, TraceQuery query, List<String> statements) {
        List<UUID> ids = new ArrayList<>();
        statements.addAll(StatementCounter.on(database.jdbi()).ranDuring(() -> search.find(query)
                .forEach(trace -> ids.add(trace.traceId()))));
        return ids;
    }

    private void assertReadInIndexOrder(String plan) {
        if (database().equals("postgres")) {
            assertThat(plan).as(plan).containsIgnoringCase("Index Scan").doesNotContainIgnoringCase("Sort");
        } else {
            assertThat(plan).as(plan).contains("/* index sorted */");
        }
    }

    /** The plan of {@code statement} with the query's values; PostgreSQL told to avoid whole-table reads and sorts. */
    private String planOf(String statement, TraceQuery query) {
        return database.jdbi().inTransaction(handle -> {
            QueryPlans.avoidSortsAndWholeTableReads(handle, database());
            return String.join("\n", handle.createQuery("EXPLAIN " + statement).bindMethods(query)
                    .mapTo(String.class).list());
        });
    }

    @Test
    void traceSearchKeepsToTheEnvironmentAskedFor() throws SQLException {
        UUID owner = newTenant();
        UUID agent = UUID.randomUUID();
        TraceRecord production = trace(owner, agent, "DENY", 1_000);
        TraceRecord staging = trace(UUID.randomUUID(), owner, "staging", agent, "DENY", 2_000, null);
        new TraceRows(database.jdbi()).insertAll(List.of(production, staging));
        TraceSearch traces = new TraceSearch(database.jdbi());

        assertThat(traces.find(new TraceQuery(owner, "staging", agent, "DENY", 0L, 50))).containsExactly(staging);
        assertThat(traces.find(new TraceQuery(owner, "production", null, null, null, 50)))
                .containsExactly(production);
        assertThat(traces.find(new TraceQuery(owner, null, null, null, null, 50))).containsExactly(staging, production);
        assertThat(traces.find(new TraceQuery(owner, "development", null, null, null, 50))).isEmpty();
        assertThat(traces.find(owner, staging.traceId())).contains(staging);
        assertThat(traces.find(newTenant(), staging.traceId())).isEmpty();
    }

    @Test
    void anApprovalIsPendingUntilItsTtlThenExpired() {
        UUID tenant = newTenant();
        UUID agent = directory.ensureEnvironment(tenant, "production").defaultAgentId();
        MutableClock clock = new MutableClock(Instant.parse("2026-01-31T12:00:00Z"));
        ApprovalService approvals = new ApprovalService(database.jdbi(), APPROVAL_TTL, clock);
        CallInput call = new CallInput(tenant, "production", "salt", "POST", "https://crm.example.org/a",
                Map.of(), null, 0, new AgentRef(agent.toString(), "default", "custom"));

        UUID approval = approvals.settle(call, List.of(), UUID.randomUUID(), () -> "POST crm.example.org")
                .approvalId();

        assertThat(approvals.status(tenant, approval)).contains(ApprovalStatus.PENDING);
        assertThat(approvals.status(newTenant(), approval)).as("another tenant").isEmpty();
        clock.advance(APPROVAL_TTL.minusMillis(1));
        assertThat(approvals.status(tenant, approval)).contains(ApprovalStatus.PENDING);
        clock.advance(Duration.ofMillis(1));
        assertThat(approvals.status(tenant, approval)).contains(ApprovalStatus.EXPIRED);
        assertThat(approvals.status(tenant, UUID.randomUUID())).isEmpty();
    }
}
