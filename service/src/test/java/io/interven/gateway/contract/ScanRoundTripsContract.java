package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import io.interven.gateway.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What a scan costs in database statements on its request thread (each one round trip), counted by the gateway's own
 * statement timers on a gateway of its own: at most the rate limit's one conditional UPDATE for an unsigned scan of a
 * long-lived key, whatever the tenant's settings; one more (the nonce) for a signed scan; one more (the use, and the
 * key's own lookup: ephemeral keys are exact) for an ephemeral key. Keys, tenants, agents and policies come from
 * memory once read ({@code caches.maxStaleness}); tenant settings are never read on their own: the rate limit reads
 * its override in the statement that counts, and authentication whether signatures are required with the key.
 * Signals read the agent's history and the tenant's own principals from memory: a scan weighed by every signal runs
 * no statement for them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ScanRoundTripsContract {
    private static final String LOOKUP = "tenancy.ApiKeyDao.findForAuthentication";
    private static final String RATE = "ratelimit.RateWindowDao.take";

    private GatewayHarness gateway;

    abstract TestDatabase database();

    @BeforeAll
    void startOwnGateway() {
        // nothing kept goes stale while a test runs, so no refresh runs beside the scans it counts
        gateway = GatewayHarness.on(database()).override("caches.maxStaleness", "1h").start();
    }

    @AfterAll
    void stopGateway() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void anUnsignedScanOfALongLivedKeyCostsTheRateLimitsStatementOnly() {
        TenantFixture tenant = gateway.newTenant();

        Map<String, Long> ran = statementsOfOneScan(() -> tenant.scan(ScanCalls.benign()));

        assertThat(limitsAndReplay(ran)).containsExactlyEntriesOf(Map.of(RATE, 1L));
        assertThat(foreground(ran)).as("everything the scan's request thread ran").containsOnlyKeys(RATE);
    }

    @Test
    void scansInQuickSuccessionShareTheRateLimitsStatementsAndReadNothingElse() {
        TenantFixture tenant = gateway.newTenant();
        HttpResult raised = gateway.patch(TenantSettingsApi.path(tenant.tenantId()), gateway.bootstrapKey(),
                Map.of("rate_limit_per_minute", 100_000));
        assertThat(raised.status()).as(raised.text()).isEqualTo(200);
        RateWindows.awaitRoomInWindow();
        assertThat(tenant.scan(ScanCalls.benign()).status()).as("the key is read again after the change").isEqualTo(200);

        Map<String, Long> ran = StatementCounts.during(gateway, () -> {
            for (int i = 0; i < 40; i++) {
                HttpResult answer = tenant.scan(ScanCalls.benign());
                assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            }
        });

        assertThat(foreground(ran)).as("40 scans").containsOnlyKeys(RATE);
        assertThat(ran.get(RATE)).as("scans taken from the budget a lease at a time").isLessThan(40);
    }

    @Test
    void aSignedScanAddsTheNonceAndNothingElseEvenWhenTheTenantRequiresSignatures() {
        TenantFixture tenant = gateway.newTenant();
        HttpResult required = gateway.patch(TenantSettingsApi.path(tenant.tenantId()), gateway.bootstrapKey(),
                Map.of("require_signed_requests", true));
        assertThat(required.status()).as(required.text()).isEqualTo(200);

        Map<String, Long> ran = statementsOfOneScan(
                () -> SignedCalls.signedScan(gateway, tenant.key(), SignedCalls.newNonce()));

        assertThat(limitsAndReplay(ran)).containsExactlyInAnyOrderEntriesOf(
                Map.of(RATE, 1L, "replay.NonceDao.insert", 1L));
        assertThat(ran).doesNotContainKey(LOOKUP);
    }

    @Test
    void anUnsignedScanOfATenantThatRequiresSignaturesIsRefusedWithoutReadingItsSettings() {
        TenantFixture tenant = gateway.newTenant();
        assertThat(tenant.scan(ScanCalls.benign()).status()).as("the key is read and kept").isEqualTo(200);
        gateway.patch(TenantSettingsApi.path(tenant.tenantId()), gateway.bootstrapKey(),
                Map.of("require_signed_requests", true));

        AtomicReference<HttpResult> answer = new AtomicReference<>();
        Map<String, Long> ran = StatementCounts.during(gateway, () -> answer.set(tenant.scan(ScanCalls.benign())));

        assertThat(answer.get().status()).as(answer.get().text()).isEqualTo(401);
        assertThat(foreground(ran)).as("the key was read before the change; the change made here forgot it")
                .containsOnlyKeys(LOOKUP);
    }

    @Test
    void aScanWithAnEphemeralKeyAddsTheUseAndNothingElse() {
        TenantFixture tenant = gateway.newTenant();
        String ephemeral = EphemeralKeys.mint(gateway, tenant.key(), EphemeralKeys.slackWrite(600, 10)).field("key");

        Map<String, Long> ran = statementsOfOneScan(() -> gateway.post("/v1/scan", ephemeral, ScanCalls.benign()));

        assertThat(limitsAndReplay(ran)).containsExactlyInAnyOrderEntriesOf(
                Map.of(RATE, 1L, "tenancy.EphemeralKeyDao.consume", 1L));
        assertThat(ran).as("an ephemeral key is read on every request").containsEntry(LOOKUP, 1L);
    }

    @Test
    void signalsReadTheAgentsHistoryAndTheTenantsPrincipalsFromMemoryNotFromTheDatabase() {
        // nothing is refreshed in the background while the scan is counted: a refresh of the principals kept in
        // memory (due every caches.maxStaleness) would otherwise show up beside it on a slow machine
        try (GatewayHarness quiet = GatewayHarness.on(database()).override("history.refreshInterval", "1h")
                .override("history.flushInterval", "1h").override("caches.maxStaleness", "1h").start()) {
            TenantFixture tenant = quiet.newTenant();
            HttpResult own = OwnPrincipalsApi.patch(tenant, Map.of("email_domains", List.of("acme.example")));
            assertThat(own.status()).as(own.text()).isEqualTo(200);
            String agent = TenantAdmin.createAgent(tenant, "reader");
            AgentHistoryContract.readCustomerRecord(tenant, agent);
            AgentHistoryContract.postCardToSlack(tenant, agent);
            awaitNoStatement(quiet);

            AtomicReference<HttpResult> post = new AtomicReference<>();
            Map<String, Long> ran = StatementCounts.during(quiet,
                    () -> post.set(AgentHistoryContract.postCardToSlack(tenant, agent)));

            assertThat(AgentHistoryContract.reasons(post.get())).as("the history was read").contains("EXFIL_READ_WRITE");
            assertThat(ran.keySet()).as("statements of a scan weighed by every signal")
                    .noneMatch(statement -> statement.startsWith("history."))
                    .noneMatch(statement -> statement.startsWith("tenancy.TenantPrincipalsDao."));
        }
    }

    /** Waits until the gateway runs no statement for half a second (what the first calls loaded in the background). */
    private static void awaitNoStatement(GatewayHarness gateway) {
        Map<String, Long> last = StatementCounts.of(gateway);
        for (int quietReadings = 0, tries = 0; quietReadings < 2 && tries < 40; tries++) {
            AgentHistoryContract.pause(250);
            Map<String, Long> now = StatementCounts.of(gateway);
            quietReadings = now.equals(last) ? quietReadings + 1 : 0;
            last = now;
        }
    }

    /**
     * The statements of one scan, made once the tenant's rate window is open (a scan before it, early enough in the
     * minute that both fall in one window): the first scan of a minute also opens the window.
     */
    private Map<String, Long> statementsOfOneScan(Supplier<HttpResult> scan) {
        RateWindows.awaitRoomInWindow();
        HttpResult first = scan.get();
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        AtomicReference<HttpResult> measured = new AtomicReference<>();
        Map<String, Long> ran = StatementCounts.during(gateway, () -> measured.set(scan.get()));
        assertThat(measured.get().status()).as(measured.get().text()).isEqualTo(200);
        return ran;
    }

    /**
     * Leaves out the agent history's batched writes and its periodic refresh of volumes, which run on the history's
     * own threads and may fall inside any counted interval.
     */
    private static Map<String, Long> foreground(Map<String, Long> ran) {
        return ran.entrySet().stream().filter(e -> !e.getKey().startsWith("history."))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The statements of the rate limit, the replay check, ephemeral-key uses and tenant settings. */
    private static Map<String, Long> limitsAndReplay(Map<String, Long> ran) {
        return ran.entrySet().stream()
                .filter(e -> e.getKey().startsWith("ratelimit.") || e.getKey().startsWith("replay.")
                        || e.getKey().startsWith("tenancy.EphemeralKeyDao.")
                        || e.getKey().startsWith("tenancy.TenantSettingsDao."))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
