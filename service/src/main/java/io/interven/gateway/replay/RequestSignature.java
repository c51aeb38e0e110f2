package io.interven.gateway.replay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code v1} request signature: hex HMAC-SHA256 over
 * {@code timestamp \n nonce \n METHOD \n target \n hex-sha256(body)}, keyed by the UTF-8 bytes of the lowercase hex
 * SHA-256 of the API key, which is exactly what the gateway stores for the key. {@code target} is the request
 * target as sent: the raw (percent-encoded) path, and {@code ?query} when the URL has a query.
 */
public final class RequestSignature {
    private static final HexFormat HEX = HexFormat.of();

    private RequestSignature() {
    }

    /** The text that is signed. */
    public static String canonical(long timestamp, String nonce, String method, String target, byte[] body) {
        return timestamp + "\n" + nonce + "\n" + method.toUpperCase(Locale.ROOT) + "\n" + target + "\n"
                + HEX.formatHex(sha256(body));
    }

    /** The lowercase hex {@code v1} signature of a request made with the key whose stored hash is {@code keyHash}. */
    public static String v1(String keyHash, long timestamp, String nonce, String method, String target, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keyHash.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signed = mac.doFinal(canonical(timestamp, nonce, method, target, body)
                    .getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** True when {@code presentedHex} is the expected signature; compared in constant time. */
    public static boolean matches(String expectedHex, String presentedHex) {
        return MessageDigest.isEqual(expectedHex.getBytes(StandardCharsets.US_ASCII),
                presentedHex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
