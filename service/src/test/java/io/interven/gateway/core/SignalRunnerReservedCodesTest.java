package io.interven.gateway.core;

import static io.interven.gateway.core.CallInputs.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.GatewayReasonCodes;
import io.interven.spi.ReasonCodes;
import io.interven.spi.SignalResult;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A signal may not answer with a reason code that only the gateway emits: {@code APPROVED} in a trace would make the
 * policy simulator treat the call as approved, {@code PIPELINE_FAILURE} would hide it from simulations. Such an
 * answer fails the scan closed, like a signal that throws.
 */
class SignalRunnerReservedCodesTest {
    static final CallInput HELLO = call("POST", "https://hooks.slack.com/services/T/B/x", Map.of(),
            "{\"text\": \"hello\"}");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {GatewayReasonCodes.APPROVED, GatewayReasonCodes.MONITOR_ONLY,
            GatewayReasonCodes.PIPELINE_FAILURE, GatewayReasonCodes.A2A_LOOP, GatewayReasonCodes.A2A_CHAIN_DEPTH,
            "approved", " Monitor_Only ", "a2a_loop"})
    void aSignalAnsweringWithAGatewayCodeFailsTheScanClosed(String code) {
        ScanOutcome outcome = PipelineFixture.withSignals(FakePlugins.signal("impostor",
                context -> Optional.of(new SignalResult("impostor", code, 0.1, "pretends")))).scan(HELLO);

        assertThat(outcome.decision()).isEqualTo(Decision.DENY);
        assertThat(outcome.reasonCodes()).containsExactly(GatewayReasonCodes.PIPELINE_FAILURE);
        assertThat(outcome.failure()).isEqualTo("signal impostor");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {ReasonCodes.EXFIL_READ_WRITE, "ACME_MARKER"})
    void aSignalAnsweringWithItsOwnCodeIsCounted(String code) {
        ScanOutcome outcome = PipelineFixture.withSignals(FakePlugins.signal("honest",
                context -> Optional.of(new SignalResult("honest", code, 0.1, "fine")))).scan(HELLO);

        assertThat(outcome.reasonCodes()).containsExactly(code);
    }
}
