package io.interven.plugin.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.plugin.signals.intel.ThreatIntelSignal;
import io.interven.spi.AgentRef;
import io.interven.spi.InvalidPluginSettings;
import io.interven.spi.OutboundCall;
import io.interven.spi.PluginSettings;
import io.interven.spi.SignalContext;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A tenant's own weight for a signal, when the gateway hands one in, wins over config.yml's. */
class TenantWeightTest {
    private static SignalContext pasteCall(PluginSettings tenant) {
        return new SignalContext(OutboundCall.of("POST", "https://pastebin.com/x", Map.of()),
                new ToolMatch("custom_proxy", "http_post", Verb.WRITE), List.of(),
                new AgentRef("5a0a3a9e-8f5e-4c1e-9a38-6c3f3f3f3f3f", "agent", null)).withTenantSettings(tenant);
    }

    @Test
    void theTenantsWeightWinsAndNoneLeavesTheConfiguredOne() {
        ThreatIntelSignal signal = new ThreatIntelSignal();

        assertThat(signal.evaluate(pasteCall(PluginSettings.empty())).orElseThrow().weight()).isEqualTo(0.75);
        assertThat(signal.evaluate(pasteCall(PluginSettings.of(Map.of("threat-intel",
                Map.of("listed-weight", 0.9))))).orElseThrow().weight()).isEqualTo(0.9);
        assertThat(signal.evaluate(pasteCall(PluginSettings.of(Map.of("prompt-injection",
                Map.of("weight", 0.9))))).orElseThrow().weight()).isEqualTo(0.75);
    }

    @Test
    void aTenantWeightOutOfRangeIsRefused() {
        assertThatThrownBy(() -> new ThreatIntelSignal().evaluate(pasteCall(PluginSettings.of(Map.of("threat-intel",
                Map.of("listed-weight", 3))))))
                .isInstanceOf(InvalidPluginSettings.class).hasMessageContaining("threat-intel.listed-weight");
    }
}
