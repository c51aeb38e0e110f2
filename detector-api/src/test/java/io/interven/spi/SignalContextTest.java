package io.interven.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * SignalContext grew two components (history, tenant settings) after its first form. A plugin built against the
 * first form calls the four-argument constructor: it must still exist and give a context that knows nothing more.
 */
class SignalContextTest {
    static final OutboundCall CALL = OutboundCall.of("POST", "https://api.example.com/v1/items", Map.of());
    static final ToolMatch TOOL = new ToolMatch("custom_proxy", "http_post", Verb.WRITE);
    static final AgentRef AGENT = new AgentRef("0b5c6a57-0c5e-4bde-9c3f-0d7a0c7e9a11", "bot", "langchain");

    @Test
    void theFirstFormsConstructorStillBuildsAContextWithoutHistoryOrTenantSettings() throws Exception {
        assertThat(SignalContext.class.getConstructor(OutboundCall.class, ToolMatch.class, List.class,
                AgentRef.class)).isNotNull();

        SignalContext context = new SignalContext(CALL, TOOL, null, AGENT);

        assertThat(context.findings()).isEmpty();
        assertThat(context.history()).isSameAs(AgentHistory.none());
        assertThat(context.history().countCalls(CallQuery.any(), Duration.ofDays(1))).isZero();
        assertThat(context.tenantSettings().isEmpty()).isTrue();
    }

    @Test
    void theWithMethodsReplaceOneComponentAndKeepTheOthers() {
        AgentHistory history = new RecordedHistory();
        PluginSettings settings = PluginSettings.of(Map.of("weight", 0.3));
        OutboundCall shared = CALL.withSharedHostingSuffix("example.com");

        SignalContext context = new SignalContext(CALL, TOOL, List.of(), AGENT).withHistory(history)
                .withTenantSettings(settings).withCall(shared);

        assertThat(context.call()).isEqualTo(shared);
        assertThat(context.history()).isSameAs(history);
        assertThat(context.tenantSettings()).isEqualTo(settings);
        assertThat(context.tool()).isEqualTo(TOOL);
        assertThat(context.agent()).isEqualTo(AGENT);
    }

    @Test
    void nullHistoryAndSettingsMeanNothingKnown() {
        SignalContext context = new SignalContext(CALL, TOOL, List.of(), AGENT, null, null);

        assertThat(context.history()).isSameAs(AgentHistory.none());
        assertThat(context.tenantSettings()).isEqualTo(PluginSettings.empty());
    }

    /** A history a plugin's own test might write. */
    static final class RecordedHistory implements AgentHistory {
        @Override
        public List<PastCall> recentCalls(CallQuery query, Duration window, int limit) {
            return List.of();
        }

        @Override
        public long countCalls(CallQuery query, Duration window) {
            return 3;
        }

        @Override
        public Optional<Instant> firstUseOf(String toolName, String operation) {
            return Optional.empty();
        }

        @Override
        public Optional<Instant> firstCallTo(String host) {
            return Optional.empty();
        }

        @Override
        public ValueHash keyedHash(String value) {
            return new ValueHash("0".repeat(64));
        }

        @Override
        public List<PastCall> callsThatRead(ValueHash hash, Duration window) {
            return List.of();
        }
    }
}
