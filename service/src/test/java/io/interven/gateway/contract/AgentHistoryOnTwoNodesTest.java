package io.interven.gateway.contract;

import static io.interven.gateway.contract.AgentHistoryContract.detailOf;
import static io.interven.gateway.contract.AgentHistoryContract.pause;
import static io.interven.gateway.contract.AgentHistoryContract.postToSlack;
import static io.interven.gateway.contract.AgentHistoryContract.reasons;
import static io.interven.gateway.contract.AgentHistoryContract.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import io.interven.gateway.testing.TwoGateways;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two gateways on one PostgreSQL: the baseline an agent builds through one node is the baseline the other node
 * judges it by, once its refresh has read the facts (flush interval + refresh interval, 2.2 s by default; waited for
 * here by probing, for at most 10 s).
 */
class AgentHistoryOnTwoNodesTest {
    /** More calls than the second node ever sees of the agent itself, so that only the first node's can warm it up. */
    private static final int WARM_UP_CALLS = 30;
    private static final int MOST_PROBES = 20;
    private static TwoGateways nodes;

    @BeforeAll
    static void start() {
        nodes = TwoGateways.startOnPostgres(Map.of(
                "plugins.config.signals.baseline-anomaly.warm-up-calls", Integer.toString(WARM_UP_CALLS),
                "plugins.config.signals.baseline-anomaly.warm-up-minutes", "0"));
    }

    @AfterAll
    static void stop() {
        nodes.close();
    }

    @Test
    void factsRecordedOnOneNodeAreSeenByTheOther() {
        TwoGateways.SharedTenant tenant = nodes.newTenant();
        TenantFixture first = tenant.throughFirst();
        TenantFixture second = tenant.throughSecond();
        String agent = TenantAdmin.createAgent(first, "two-nodes");
        postToSlack(second, agent, "hello from the second node");
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            postToSlack(first, agent, "standup at ten");
        }
        scan(first, agent, "GET", "https://api.github.com/repos/acme/payments", null);

        awaitWarmedUpBy(second, agent);
        HttpResult delete = scan(second, agent, "DELETE", "https://api.github.com/repos/acme/payments", null);

        assertThat(delete.field("decision")).isEqualTo("REQUIRE_APPROVAL");
        assertThat(delete.field("risk_band")).isEqualTo("HIGH");
        assertThat(detailOf(delete, "BASELINE_ANOMALY")).contains("first DELETE github.delete_repo")
                .as("the host and tool the first node saw are known").doesNotContain("first call to api.github.com",
                        "first use of github");
    }

    /**
     * Probes new hosts through the second node until it flags one: it can only do so past the warm-up, which only
     * the first node's calls reach (the second node makes fewer than {@value #WARM_UP_CALLS} calls of the agent).
     */
    private static void awaitWarmedUpBy(TenantFixture node, String agent) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (int i = 0; i < MOST_PROBES && System.nanoTime() < deadline; i++) {
            HttpResult probe = scan(node, agent, "GET", "https://probe-" + i + ".unknown-destination.example/", null);
            if (reasons(probe).contains("BASELINE_ANOMALY")) {
                return;
            }
            pause(400);
        }
        throw new AssertionError("the first node's facts never reached the second node");
    }
}
