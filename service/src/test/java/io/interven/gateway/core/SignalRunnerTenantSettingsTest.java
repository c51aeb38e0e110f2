package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.history.EmptyAgentHistorySource;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.GatewayReasonCodes;
import io.interven.spi.PluginSettings;
import io.interven.spi.RiskSignal;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Signals receive the calling tenant's settings (its own principals) from the gateway's
 * {@link TenantSignalSettings}, asked for the tenant of the call; settings that cannot be had fail the scan closed.
 */
class SignalRunnerTenantSettingsTest {
    static final CallInput HELLO = SignalRunnerHistoryTest.HELLO;

    @Test
    void everySignalSeesTheSettingsOfTheCallingTenant() {
        PluginSettings own = PluginSettings.of(Map.of("own", Map.of("email_domains", List.of("acme.com"))));
        List<UUID> asked = new ArrayList<>();
        AtomicReference<SignalContext> seen = new AtomicReference<>();
        SignalRunner runner = new SignalRunner(List.of(seeing(seen)), new EmptyAgentHistorySource(), tenantId -> {
            asked.add(tenantId);
            return own;
        });

        ScanOutcome outcome = PipelineFixture.pipeline(List.of(), List.of(), runner, io.interven.gateway.policy.PolicySource.NONE).scan(HELLO);

        assertThat(outcome.decision()).isEqualTo(Decision.ALLOW);
        assertThat(asked).containsExactly(HELLO.tenantId());
        assertThat(seen.get().tenantSettings()).isSameAs(own);
    }

    @Test
    void settingsThatCannotBeHadFailTheScanClosed() {
        SignalRunner runner = new SignalRunner(List.of(seeing(new AtomicReference<>())),
                new EmptyAgentHistorySource(), tenantId -> {
                    throw new IllegalStateException("database away");
                });

        ScanOutcome outcome = PipelineFixture.pipeline(List.of(), List.of(), runner, io.interven.gateway.policy.PolicySource.NONE).scan(HELLO);

        assertThat(outcome.decision()).isEqualTo(Decision.DENY);
        assertThat(outcome.reasonCodes()).containsExactly(GatewayReasonCodes.PIPELINE_FAILURE);
        assertThat(outcome.failure()).isEqualTo("tenant settings");
    }

    private static RiskSignal seeing(AtomicReference<SignalContext> seen) {
        return FakePlugins.signal("seeing", context -> {
            seen.set(context);
            return Optional.<SignalResult>empty();
        });
    }
}
