package io.interven.gateway.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.core.BodyFingerprint;
import io.interven.spi.AgentHistory;
import io.interven.spi.CallQuery;
import io.interven.spi.ValueHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Until history is recorded, every agent has done nothing before; its value hashes are already keyed per tenant
 * as recorded ones will be: stable within a tenant, different across tenants, unlike the body fingerprints made
 * with the same salt, and never the value or its plain digest.
 */
class EmptyAgentHistorySourceTest {
    static final String VALUE = "jane.doe@example.com";
    static final EmptyAgentHistorySource SOURCE = new EmptyAgentHistorySource();

    @Test
    void everyAgentHasDoneNothingBefore() {
        AgentHistory history = SOURCE.historyOf(UUID.randomUUID(), "salt-a", "agent-1");
        Duration week = Duration.ofDays(7);

        assertThat(history.recentCalls(CallQuery.any(), week, 100)).isEmpty();
        assertThat(history.countCalls(CallQuery.any(), week)).isZero();
        assertThat(history.firstUseOf("github", "create_pr")).isEmpty();
        assertThat(history.firstCallTo("api.github.com")).isEmpty();
        assertThat(history.callsThatRead(history.keyedHash(VALUE), week)).isEmpty();
        assertThat(history.toString()).doesNotContain("salt-a");
    }

    @Test
    void valueHashesAreKeyedPerTenant() throws Exception {
        ValueHash tenantA = SOURCE.historyOf(UUID.randomUUID(), "salt-a", "agent-1").keyedHash(VALUE);
        String plainDigest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(VALUE.getBytes(StandardCharsets.UTF_8)));

        assertThat(SOURCE.historyOf(UUID.randomUUID(), "salt-a", "agent-2").keyedHash(VALUE)).isEqualTo(tenantA);
        assertThat(tenantA).isEqualTo(TenantValueHashes.of("salt-a", VALUE));
        assertThat(SOURCE.historyOf(UUID.randomUUID(), "salt-b", "agent-1").keyedHash(VALUE)).isNotEqualTo(tenantA);
        assertThat(tenantA.hex()).isNotEqualTo(BodyFingerprint.of("salt-a", VALUE)).isNotEqualTo(plainDigest)
                .doesNotContain("jane");
    }
}
