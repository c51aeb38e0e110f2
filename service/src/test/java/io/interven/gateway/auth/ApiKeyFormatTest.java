package io.interven.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which texts are keys at all: anything else is refused before any look-up. */
class ApiKeyFormatTest {
    @Test
    void drawnKeysAreWellFormed() {
        assertThat(ApiKeyFormat.isWellFormed(ApiKeyFormat.newLiveKey())).isTrue();
        assertThat(ApiKeyFormat.isWellFormed(ApiKeyFormat.newEphemeralKey())).isTrue();
        assertThat(ApiKeyFormat.isWellFormed("iv_live_" + "a".repeat(16))).isTrue();
        assertThat(ApiKeyFormat.isWellFormed("iv_eph_" + "Z9_-".repeat(32))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "iv_live_", "iv_live_aaaaaaaaaaaaaaa", "iv_test_aaaaaaaaaaaaaaaa",
        "IV_LIVE_aaaaaaaaaaaaaaaa", "iv_liveaaaaaaaaaaaaaaaaa", "iv_live_aaaaaaaaaaaaaaa=", "iv_live_aaaaaaaaaaaaaaa ",
        " iv_live_aaaaaaaaaaaaaaaa", "iv_live_aaaaaaaa\u200baaaaaaaa", "iv_live_aaaaaaaaaaaaaaa\u00e9",
        "iv_live_aaaaaaaaaaaaaaa\uff41", "iv_live_aaaaaaaaaaaaaaa\u0663", "iv_eph_aaaaaaaaaaaaaaa\n",
        "iv_live_aaaaaaaaaaaaaaaa\u0000", "Bearer iv_live_aaaaaaaaaaaaaaaa"})
    void anythingElseIsNot(String key) {
        assertThat(ApiKeyFormat.isWellFormed(key)).isFalse();
    }

    @Test
    void theRandomPartIsBounded() {
        assertThat(ApiKeyFormat.isWellFormed("iv_live_" + "a".repeat(128))).isTrue();
        assertThat(ApiKeyFormat.isWellFormed("iv_live_" + "a".repeat(129))).isFalse();
        assertThat(ApiKeyFormat.isWellFormed("iv_live_" + "a".repeat(100_000))).isFalse();
        assertThat(ApiKeyFormat.isWellFormed(null)).isFalse();
    }
}
