package io.interven.gateway.history;

import io.interven.spi.ValueHash;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes of values for agent history: HMAC-SHA256 under a key derived from the tenant's salt for this one
 * purpose, so that they differ from the body fingerprints made with the same salt, cannot be reversed, and match
 * only within the tenant. The one place such hashes are made, so that recorded and compared values agree.
 */
public final class TenantValueHashes {
    private static final String HMAC = "HmacSHA256";
    private static final byte[] PURPOSE = "interven agent-history values v1".getBytes(StandardCharsets.UTF_8);

    private TenantValueHashes() {
    }

    public static ValueHash of(String tenantKey, String value) {
        byte[] key = hmac(tenantKey.getBytes(StandardCharsets.UTF_8), PURPOSE);
        return new ValueHash(HexFormat.of().formatHex(hmac(key, value.getBytes(StandardCharsets.UTF_8))));
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is not available", e);
        }
    }
}
