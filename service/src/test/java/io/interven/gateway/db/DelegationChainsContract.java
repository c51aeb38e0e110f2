package io.interven.gateway.db;

import io.interven.gateway.testing.MigratedDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.a2a.ChainVerdict;
import io.interven.gateway.a2a.DelegationChains;
import io.interven.gateway.testing.DatabaseRows;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Delegation chains in the database: hops numbered from 1 per tenant and chain, loops and depth refused without
 * being recorded, the chain id kept only as a keyed hash, and hops past their retention swept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DelegationChainsContract {
    private static final Duration RETENTION = Duration.ofHours(24);

    private MigratedDatabase database;
    private MutableClock clock;
    private DelegationChains chains;

    abstract String database();

    @BeforeAll
    void migrate() {
        database = new MigratedDatabase(database());
        clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        chains = new DelegationChains(database.jdbi(), 3, RETENTION, clock);
    }

    @AfterAll
    void close() throws Exception {
        database.close();
    }

    private long hopsOf(UUID tenant) {
        return DatabaseRows.count(database.database(), "a2a_hops WHERE tenant_id = '" + tenant + "'");
    }

    @Test
    void hopsAreNumberedAndLoopsAndDepthAreRefusedWithoutBeingRecorded() {
        UUID tenant = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID d = UUID.randomUUID();

        assertThat(chains.hop(tenant, "salt", "chain-1", a, b)).isEqualTo(new ChainVerdict(null, 1));
        assertThat(chains.hop(tenant, "salt", "chain-1", b, a).denialReason()).isEqualTo("A2A_LOOP");
        assertThat(chains.hop(tenant, "salt", "chain-1", b, c).depth()).isEqualTo(2);
        assertThat(chains.hop(tenant, "salt", "chain-1", c, d).depth()).isEqualTo(3);
        assertThat(chains.hop(tenant, "salt", "chain-1", d, UUID.randomUUID()).denialReason())
                .isEqualTo("A2A_CHAIN_DEPTH");
        assertThat(hopsOf(tenant)).isEqualTo(3);
        assertThat(DatabaseRows.everyTable(database.database()).get("a2a_hops")).doesNotContain("chain-1");
    }

    @Test
    void aHopSentAgainIsTheSameHopNeitherALoopNorDeeper() {
        UUID tenant = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        chains.hop(tenant, "salt", "again", a, b);
        chains.hop(tenant, "salt", "again", b, c);

        assertThat(chains.hop(tenant, "salt", "again", a, b)).isEqualTo(new ChainVerdict(null, 1));
        assertThat(chains.hop(tenant, "salt", "again", b, c)).isEqualTo(new ChainVerdict(null, 2));
        assertThat(hopsOf(tenant)).isEqualTo(2);
        assertThat(chains.hop(tenant, "salt", "again", c, b).denialReason()).isEqualTo("A2A_LOOP");
    }

    @Test
    void aChainIdOfAnotherTenantIsAnotherChain() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        chains.hop(first, "salt-of-first", "shared", a, b);

        assertThat(chains.hop(second, "salt-of-second", "shared", b, a)).isEqualTo(new ChainVerdict(null, 1));
    }

    @Test
    void hopsPastTheirRetentionAreSweptAndTheChainStartsAgain() {
        UUID tenant = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        chains.hop(tenant, "salt", "old-chain", a, b);
        clock.advance(RETENTION.plusMinutes(1));
        chains.hop(tenant, "salt", "new-chain", a, b);

        chains.sweep();

        assertThat(hopsOf(tenant)).as("the recent hop is kept").isEqualTo(1);
        assertThat(chains.hop(tenant, "salt", "old-chain", b, a)).isEqualTo(new ChainVerdict(null, 1));
        assertThat(chains.hop(tenant, "salt", "new-chain", b, a).denialReason()).isEqualTo("A2A_LOOP");
    }
}
