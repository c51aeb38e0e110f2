package io.interven.gateway.a2a;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a chain is stored under: HMAC-SHA256 of the caller's {@code chain_id} under a key derived from the tenant's
 * salt for this one purpose, in hex. The chain_id itself is never stored, and the same chain_id in two tenants gives
 * two keys.
 */
final class ChainKey {
    private static final String HMAC = "HmacSHA256";
    private static final byte[] PURPOSE = "interven a2a chain ids v1".getBytes(StandardCharsets.UTF_8);

    private ChainKey() {
    }

    static String of(String tenantSalt, String chainId) {
        byte[] key = hmac(tenantSalt.getBytes(StandardCharsets.UTF_8), PURPOSE);
        return HexFormat.of().formatHex(hmac(key, chainId.getBytes(StandardCharsets.UTF_8)));
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
