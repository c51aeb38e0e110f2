package io.interven.gateway.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * One AES-256 master key and its id. The id is the first 8 bytes of a SHA-256 digest of the key (16 hex
 * characters): stored beside each ciphertext to say which key sealed it, it names the key without revealing it.
 * Nothing here ever prints the key: {@link #toString()} shows the id only, and a malformed key is refused naming
 * the setting it came from, never its value.
 */
public final class MasterKey {
    static final int KEY_BYTES = 32;
    private static final byte[] ID_CONTEXT = "interven inbound master key id\0".getBytes(StandardCharsets.US_ASCII);

    private final SecretKey key;
    private final String id;

    private MasterKey(byte[] raw) {
        this.key = new SecretKeySpec(raw, "AES");
        this.id = idOf(raw);
    }

    /**
     * The key of {@code base64} (standard or URL alphabet, padded or not), read from {@code setting}; any other text
     * than the base64 of exactly 32 bytes is refused with a message naming the setting.
     */
    public static MasterKey parse(String setting, String base64) {
        byte[] raw;
        String text = base64.trim();
        try {
            raw = (text.indexOf('-') >= 0 || text.indexOf('_') >= 0 ? Base64.getUrlDecoder() : Base64.getDecoder())
                    .decode(text);
        } catch (IllegalArgumentException notBase64) {
            throw new InboundStartRefused(setting + " is not base64: it must be the base64 of 32 random bytes"
                    + " (openssl rand -base64 32)");
        }
        try {
            if (raw.length != KEY_BYTES) {
                throw new InboundStartRefused(setting + " must be the base64 of exactly " + KEY_BYTES
                        + " bytes (AES-256); it decodes to " + raw.length + " bytes (openssl rand -base64 32)");
            }
            return new MasterKey(raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** A key of these 32 bytes (tests and key generation). */
    static MasterKey of(byte[] raw) {
        if (raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("a master key has " + KEY_BYTES + " bytes");
        }
        return new MasterKey(raw.clone());
    }

    public String id() {
        return id;
    }

    SecretKey secretKey() {
        return key;
    }

    private static String idOf(byte[] raw) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(ID_CONTEXT);
            return HexFormat.of().formatHex(sha256.digest(raw), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }
}
