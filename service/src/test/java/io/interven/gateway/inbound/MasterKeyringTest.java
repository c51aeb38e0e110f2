package io.interven.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.gateway.config.InboundConfiguration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the master keys come from, what they look like, and how a malformed one is refused (never quoted). */
class MasterKeyringTest {
    private static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_B = "rC676VknWrNYSFctF3QG9EevcdT/Tz6ilaouwb+Jgbk=";

    private static InboundConfiguration config(String masterKey, String... retired) {
        InboundConfiguration config = new InboundConfiguration();
        config.masterKey = masterKey;
        config.retiredMasterKeys = List.of(retired);
        return config;
    }

    @Test
    void theConfiguredKeyWinsAndTheEnvironmentIsReadWhenItIsEmpty() {
        MasterKeyring configured = MasterKeyring.from(config(KEY_A), Map.of("INTERVEN_MASTER_KEY", KEY_B));
        MasterKeyring fromEnvironment = MasterKeyring.from(config(""), Map.of("INTERVEN_MASTER_KEY", KEY_B));
        MasterKeyring none = MasterKeyring.from(config(""), Map.of());

        assertThat(configured.current().orElseThrow().id()).isEqualTo(MasterKey.parse("x", KEY_A).id());
        assertThat(fromEnvironment.current().orElseThrow().id()).isEqualTo(MasterKey.parse("x", KEY_B).id());
        assertThat(none.current()).isEmpty();
    }

    @Test
    void aKeyIdIsAShortHexDigestThatDiffersBetweenKeys() {
        String a = MasterKey.parse("x", KEY_A).id();
        String b = MasterKey.parse("x", KEY_B).id();

        assertThat(a).matches("[0-9a-f]{16}").isNotEqualTo(b);
        assertThat(MasterKey.parse("x", KEY_A.replace("=", "")).id()).as("padding is optional").isEqualTo(a);
        assertThat(KEY_B).doesNotContain(b);
    }

    @Test
    void retiredKeysOpenButDoNotSealAndTheCurrentKeyIsNeverRetired() {
        MasterKeyring ring = MasterKeyring.from(config(KEY_B, KEY_A, KEY_B), Map.of());
        String a = MasterKey.parse("x", KEY_A).id();
        String b = MasterKey.parse("x", KEY_B).id();

        assertThat(ring.isRetired(a)).isTrue();
        assertThat(ring.isRetired(b)).isFalse();
        assertThat(ring.isCurrent(b)).isTrue();
        assertThat(ring.byId(a)).isPresent();
        assertThat(ring.toString()).doesNotContain(KEY_A).doesNotContain(KEY_B);
    }

    @Test
    void aKeyOfAnotherLengthIsRefusedNamingTheSettingNeverTheValue() {
        String sixteen = Base64.getEncoder().encodeToString("sixteen-byte-key".getBytes());
        String sixtyFour = Base64.getEncoder().encodeToString(new byte[64]);

        assertThatThrownBy(() -> MasterKeyring.from(config(sixteen), Map.of()))
                .isInstanceOf(InboundStartRefused.class).hasMessageContaining("inbound.masterKey")
                .hasMessageContaining("INTERVEN_MASTER_KEY").hasMessageContaining("32 bytes")
                .hasMessageContaining("16 bytes").hasMessageNotContaining(sixteen);
        assertThatThrownBy(() -> MasterKeyring.from(config(sixtyFour), Map.of()))
                .hasMessageContaining("64 bytes").hasMessageNotContaining(sixtyFour);
        assertThatThrownBy(() -> MasterKeyring.from(config("", "not base64 at all!"), Map.of()))
                .isInstanceOf(InboundStartRefused.class).hasMessageContaining("inbound.retiredMasterKeys[0]")
                .hasMessageNotContaining("not base64 at all!");
        assertThatThrownBy(() -> MasterKeyring.from(config(""), Map.of("INTERVEN_MASTER_KEY", sixteen)))
                .hasMessageContaining("INTERVEN_MASTER_KEY").hasMessageNotContaining(sixteen);
    }
}
