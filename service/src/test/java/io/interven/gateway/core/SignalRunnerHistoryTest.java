package io.interven.gateway.core;

import static io.interven.gateway.core.CallInputs.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.history.AgentHistorySource;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.GatewayReasonCodes;
import io.interven.spi.AgentHistory;
import io.interven.spi.RiskSignal;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Signals receive the calling agent's history from the gateway's {@link AgentHistorySource}, asked for the tenant,
 * its key and the agent of the call; a history that cannot be had fails the scan closed.
 */
class SignalRunnerHistoryTest {
    static final CallInput HELLO = call("POST", "https://hooks.slack.com/services/T/B/x", Map.of(),
            "{\"text\": \"hello\"}");
    static final String LEAKY = "history store says sk_live_q7x9k2m4p8w1";

    @Test
    void everySignalSeesTheHistoryOfTheCallingAgentOfItsTenant() {
        AgentHistory history = AgentHistory.none();
        List<String> asked = new ArrayList<>();
        AgentHistorySource source = (tenantId, tenantKey, agentId) -> {
            asked.add(tenantId + "/" + tenantKey + "/" + agentId);
            return history;
        };
        AtomicReference<SignalContext> first = new AtomicReference<>();
        AtomicReference<SignalContext> second = new AtomicReference<>();

        ScanOutcome outcome = PipelineFixture.withSignals(source, seeing("first", first), seeing("second", second))
                .scan(HELLO);

        assertThat(outcome.decision()).isEqualTo(Decision.ALLOW);
        assertThat(asked).containsExactly(HELLO.tenantId() + "/" + HELLO.hmacSalt() + "/" + HELLO.agent().agentId());
        assertThat(first.get().history()).isSameAs(history);
        assertThat(second.get().history()).isSameAs(history);
        assertThat(first.get().call().host()).isEqualTo("hooks.slack.com");
    }

    @Test
    void aHistoryThatCannotBeHadFailsTheScanClosedWithoutItsMessage() {
        AgentHistorySource broken = (tenantId, tenantKey, agentId) -> {
            throw new IllegalStateException(LEAKY);
        };

        ScanOutcome outcome = PipelineFixture.withSignals(broken, seeing("any", new AtomicReference<>()))
                .scan(HELLO);

        assertThat(outcome.decision()).isEqualTo(Decision.DENY);
        assertThat(outcome.reasonCodes()).containsExactly(GatewayReasonCodes.PIPELINE_FAILURE);
        assertThat(outcome.failure()).isEqualTo("agent history");
        assertThat(outcome.toString()).doesNotContain("sk_live_q7x9k2m4p8w1");
    }

    private static RiskSignal seeing(String id, AtomicReference<SignalContext> seen) {
        return FakePlugins.signal(id, context -> {
            seen.set(context);
            return Optional.<SignalResult>empty();
        });
    }
}
