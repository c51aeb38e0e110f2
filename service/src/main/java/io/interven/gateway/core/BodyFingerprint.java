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

    private static Mac macOf(String tenantSalt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(tenantSalt.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
