package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The thread's reused HMAC keeps nothing from one fingerprint to the next: each is the HMAC of a fresh one. */
class BodyFingerprintTest {
    @Test
    void eachFingerprintIsAFreshHmacWhateverCameBeforeOnTheThread() throws Exception {
        String[] salts = {"tenant-a", "tenant-b", "tenant-c", "tenant-a"};
        String[] bodies = {"{\"text\":\"hello\"}", "", "{\"n\":1}", "{\"text\":\"hello\"}"};
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < salts.length; i++) {
                String salt = salts[i];
                assertThat(BodyFingerprint.of(salt, bodies[i])).isEqualTo(freshHmac(salt, bodies[i]));
                assertThat(BodyFingerprint.of(salt, JsonNodeFactory.instance.objectNode().put("k", bodies[i])))
                        .isEqualTo(freshHmac(salt, JsonNodeFactory.instance.objectNode().put("k", bodies[i])
                                .toString()));
            }
        }
        assertThat(BodyFingerprint.of("tenant-a", "same")).isNotEqualTo(BodyFingerprint.of("tenant-b", "same"));
    }

    private static String freshHmac(String salt, String content) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
