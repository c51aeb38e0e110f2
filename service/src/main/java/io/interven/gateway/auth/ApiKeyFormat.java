package io.interven.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The shape of Interven keys ({@code iv_live_<random>}, {@code iv_eph_<random>}), how new ones are drawn, and the
 * hash under which they are stored. Keys carry 256 random bits, so an unsalted SHA-256 is a sound lookup hash.
 */
public final class ApiKeyFormat {
    public static final String LIVE_PREFIX = "iv_live_";
    public static final String EPHEMERAL_PREFIX = "iv_eph_";
    /** How long the random part of a well-formed key is, at least and at most. */
    static final int MIN_RANDOM = 16;
    static final int MAX_RANDOM = 128;
    private static final int DISPLAY_PREFIX_LENGTH = 14;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyFormat() {
    }

    public static String newLiveKey() {
        return LIVE_PREFIX + randomPart();
    }

    public static String newEphemeralKey() {
        return EPHEMERAL_PREFIX + randomPart();
    }

    private static String randomPart() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code iv_live_} or {@code iv_eph_}, then 16 to 128 of {@code A-Z a-z 0-9 _ -} (checked on every request). */
    public static boolean isWellFormed(String key) {
        if (key == null) {
            return false;
        }
        int start = key.startsWith(LIVE_PREFIX) ? LIVE_PREFIX.length()
                : key.startsWith(EPHEMERAL_PREFIX) ? EPHEMERAL_PREFIX.length() : -1;
        int randomLength = key.length() - start;
        if (start < 0 || randomLength < MIN_RANDOM || randomLength > MAX_RANDOM) {
            return false;
        }
        for (int i = start; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    public static String kindOf(String key) {
        return key.startsWith(EPHEMERAL_PREFIX) ? "ephemeral" : "live";
    }

    /** Hex SHA-256 of the key: what the database stores and looks keys up by. */
    public static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The first characters of a key, enough to recognize it in a list, far too few to use it. */
    public static String displayPrefix(String key) {
        return key.substring(0, Math.min(DISPLAY_PREFIX_LENGTH, key.length()));
    }
}
