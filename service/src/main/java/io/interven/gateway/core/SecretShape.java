package io.interven.gateway.core;

import java.util.Base64;
import java.util.Locale;

/**
 * What a bare secret looks like: an exact length over an alphabet, with enough entropy. With
 * {@code randomBase64}, the value must also look randomly drawn rather than be another known kind of value: both
 * upper- and lower-case letters, not only hexadecimal digits (a SHA-1 is 40 characters too), not base64 of text.
 * A value containing {@code EXAMPLE} (the documentation's placeholder keys) never fits. Immutable.
 */
public final class SecretShape {
    static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final double MIN_PRINTABLE_SHARE = 0.9;

    private final int length;
    private final boolean[] alphabet = new boolean[128];
    private final double minEntropy;
    private final boolean randomBase64;

    /**
     * @param length       the exact number of characters
     * @param alphabet     the characters a value consists of (ASCII)
     * @param minEntropy   minimum Shannon entropy in bits per character
     * @param randomBase64 the extra checks for randomly drawn values
     */
    public SecretShape(int length, String alphabet, double minEntropy, boolean randomBase64) {
        if (length <= 0 || alphabet.isEmpty()) {
            throw new IllegalArgumentException("a shape needs a length and an alphabet");
        }
        this.length = length;
        for (int i = 0; i < alphabet.length(); i++) {
            char c = alphabet.charAt(i);
            if (c >= 128) {
                throw new IllegalArgumentException("the alphabet of a shape is ASCII");
            }
            this.alphabet[c] = true;
        }
        this.minEntropy = minEntropy;
        this.randomBase64 = randomBase64;
    }

    public static SecretShape randomBase64(int length, double minEntropy) {
        return new SecretShape(length, BASE64, minEntropy, true);
    }

    /** True for a character of the alphabet. */
    public boolean allows(char c) {
        return c < 128 && alphabet[c];
    }

    public int length() {
        return length;
    }

    /** True when {@code text[start, end)} is a value of this shape. */
    public boolean fits(CharSequence text, int start, int end) {
        if (end - start != length) {
            return false;
        }
        boolean upper = false;
        boolean lower = false;
        boolean hexOnly = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!allows(c)) {
                return false;
            }
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            hexOnly &= (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
        String value = text.subSequence(start, end).toString();
        if (entropy(value) < minEntropy || value.toUpperCase(Locale.ROOT).contains("EXAMPLE")) {
            return false;
        }
        return !randomBase64 || (upper && lower && !hexOnly && !isBase64OfText(value));
    }

    static double entropy(String value) {
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double bits = 0;
        for (int count : counts) {
            bits += share(count, value.length());
        }
        return bits + share(other, value.length());
    }

    private static double share(int count, int total) {
        if (count == 0) {
            return 0;
        }
        double p = (double) count / total;
        return -p * Math.log(p) / Math.log(2);
    }

    private static boolean isBase64OfText(String value) {
        if (value.length() % 4 != 0) {
            return false;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int printable = 0;
        for (byte b : bytes) {
            if ((b >= 0x20 && b < 0x7f) || b == '\n' || b == '\r' || b == '\t') {
                printable++;
            }
        }
        return printable >= MIN_PRINTABLE_SHARE * bytes.length;
    }
}
