package io.interven.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes (HMAC-SHA256 with the tenant's salt): equal inputs of one tenant are recognizable in traces, but
 * a hash cannot be reversed or compared across tenants.
 */
public final class BodyFingerprint {
    private static final String HMAC = "HmacSHA256";
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(BodyFingerprint::newMac);

    private BodyFingerprint() {
    }

    public static String of(String tenantSalt, String content) {
        Mac mac = macOf(tenantSalt);
        return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The fingerprint of a JSON body: {@code of(tenantSalt, body.toString())} ({@code ""} for no body), computed as the
     * body is written out rather than from its text ({@link JsonUtf8}).
     */
    public static String of(String tenantSalt, JsonNode body) {
        if (body == null) {
            return of(tenantSalt, "");
        }
        Mac mac = macOf(tenantSalt);
        JsonUtf8.update(mac, body);
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** The thread's HMAC, keyed afresh by each use: looking the algorithm up cost more than a small body's hash. */
    private static Mac macOf(String tenantSalt) {
        Mac mac = MACS.get();
        try {
            mac.init(new SecretKeySpec(tenantSalt.getBytes(StandardCharsets.UTF_8), HMAC));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " refused the tenant's salt", e);
        }
        return mac;
    }

    private static Mac newMac() {
        try {
            return Mac.getInstance(HMAC);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is not available", e);
        }
    }
}
