package io.interven.gateway.history;

import io.interven.spi.ValueHash;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes of values for agent history: HMAC-SHA256 under a key derived from the tenant's salt for this one
 * purpose, so that they differ from the body fingerprints made with the same salt, cannot be reversed, and match
 * only within the tenant. The one place such hashes are made, so that recorded and compared values agree.
 *
 * <p>Hashing is on the scan path (a signal may hash a few dozen texts of a call), so the derived keys of recent
 * tenants are kept (at most {@value #KEYS_KEPT}, forgotten all at once beyond) and each thread reuses its
 * {@link Mac}: one HMAC per value.
 */
public final class TenantValueHashes {
    private static final String HMAC = "HmacSHA256";
    private static final byte[] PURPOSE = "interven agent-history values v1".getBytes(StandardCharsets.UTF_8);
    private static final int KEYS_KEPT = 10_000;
    private static final Map<String, SecretKeySpec> DERIVED = new ConcurrentHashMap<>();
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(TenantValueHashes::newMac);

    private TenantValueHashes() {
    }

    public static ValueHash of(String tenantKey, String value) {
        return new ValueHash(HexFormat.of().formatHex(hmac(derivedKey(tenantKey),
                value.getBytes(StandardCharsets.UTF_8))));
    }

    private static SecretKeySpec derivedKey(String tenantKey) {
        SecretKeySpec known = DERIVED.get(tenantKey);
        if (known != null) {
            return known;
        }
        if (DERIVED.size() >= KEYS_KEPT) {
            DERIVED.clear();
        }
        SecretKeySpec derived = new SecretKeySpec(hmac(new SecretKeySpec(tenantKey.getBytes(StandardCharsets.UTF_8),
                HMAC), PURPOSE), HMAC);
        DERIVED.put(tenantKey, derived);
        return derived;
    }

    private static byte[] hmac(SecretKeySpec key, byte[] message) {
        Mac mac = MACS.get();
        try {
            mac.init(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " refused its key", e);
        }
        return mac.doFinal(message);
    }

    private static Mac newMac() {
        try {
            return Mac.getInstance(HMAC);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is not available", e);
        }
    }
}
