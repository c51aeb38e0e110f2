package io.interven.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** MAX_BODY_BYTES, REPLAY_WINDOW_SEC and RATE_LIMIT_PER_MINUTE in the environment override config.yml. */
class LimitsConfigurationTest {

    private static LimitsConfiguration fromFile() {
        LimitsConfiguration limits = new LimitsConfiguration();
        limits.maxBodyBytes = 100_000;
        limits.replayWindowSeconds = 30;
        limits.rateLimitPerMinute = 60;
        return limits;
    }

    @Test
    void environmentValuesReplaceTheFilesValues() {
        LimitsConfiguration limits = fromFile();

        limits.applyEnvironment(Map.of("MAX_BODY_BYTES", "4096", "REPLAY_WINDOW_SEC", " 120 ",
                "RATE_LIMIT_PER_MINUTE", "7"));

        assertThat(limits.maxBodyBytes).isEqualTo(4096);
        assertThat(limits.replayWindowSeconds).isEqualTo(120);
        assertThat(limits.rateLimitPerMinute).isEqualTo(7);
    }

    @Test
    void unsetOrBlankVariablesKeepTheFilesValues() {
        LimitsConfiguration limits = fromFile();

        limits.applyEnvironment(Map.of("RATE_LIMIT_PER_MINUTE", " "));

        assertThat(limits.maxBodyBytes).isEqualTo(100_000);
        assertThat(limits.replayWindowSeconds).isEqualTo(30);
        assertThat(limits.rateLimitPerMinute).isEqualTo(60);
    }

    @Test
    void aValueThatIsNotAPositiveIntegerStopsStartUpNamingTheVariable() {
        assertThatThrownBy(() -> fromFile().applyEnvironment(Map.of("RATE_LIMIT_PER_MINUTE", "0")))
                .hasMessageContaining("RATE_LIMIT_PER_MINUTE");
        assertThatThrownBy(() -> fromFile().applyEnvironment(Map.of("MAX_BODY_BYTES", "lots")))
                .hasMessageContaining("MAX_BODY_BYTES");
        assertThatThrownBy(() -> fromFile().applyEnvironment(Map.of("REPLAY_WINDOW_SEC", "-5")))
                .hasMessageContaining("REPLAY_WINDOW_SEC");
    }
}
