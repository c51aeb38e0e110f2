package io.interven.plugin.pii;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Bitcoin's legacy addresses: Base58 text that decodes to a version byte (0x00 pay-to-public-key-hash, {@code 1...};
 * 0x05 pay-to-script-hash, {@code 3...}), a 20-byte hash and the first four bytes of the double SHA-256 of both.
 */
final class Base58Check {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final int BASE = 58;
    /** Each ASCII character's value in {@link #ALPHABET}, -1 for the rest. */
    private static final int[] VALUES = new int[128];

    static {
        Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUES[ALPHABET.charAt(i)] = i;
        }
    }
    private static final int ADDRESS_BYTES = 25;
    private static final int CHECKSUM_BYTES = 4;

    private Base58Check() {
    }

    /** True when {@code text} is a mainnet P2PKH or P2SH address with a valid checksum. */
    static boolean isBitcoinAddress(String text) {
        byte[] bytes = decode(text);
        if (bytes == null || bytes.length != ADDRESS_BYTES || bytes[0] != 0x00 && bytes[0] != 0x05) {
            return false;
        }
        byte[] payload = Arrays.copyOf(bytes, ADDRESS_BYTES - CHECKSUM_BYTES);
        byte[] hash = sha256(sha256(payload));
        return Arrays.equals(Arrays.copyOfRange(hash, 0, CHECKSUM_BYTES),
                Arrays.copyOfRange(bytes, ADDRESS_BYTES - CHECKSUM_BYTES, ADDRESS_BYTES));
    }

    /**
     * The bytes the Base58 text stands for (each leading {@code 1} a zero byte), or null when it is not Base58. The
     * number is carried in a byte array, base 256, one multiply-add per character: no big-integer objects.
     */
    static byte[] decode(String text) {
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == ALPHABET.charAt(0)) {
            zeros++;
        }
        // log(58) / log(256) < 0.733 bytes per character
        byte[] number = new byte[(text.length() - zeros) * 733 / 1000 + 1];
        int used = 0; // the bytes of the number so far, at the end of the array
        for (int i = zeros; i < text.length(); i++) {
            char c = text.charAt(i);
            int carry = c < VALUES.length ? VALUES[c] : -1;
            if (carry < 0) {
                return null;
            }
            int k = number.length - 1;
            int written = 0;
            for (; (carry != 0 || written < used) && k >= 0; k--, written++) {
                carry += BASE * (number[k] & 0xff);
                number[k] = (byte) carry;
                carry >>>= 8;
            }
            used = written;
        }
        int first = number.length - used;
        while (first < number.length && number[first] == 0) {
            first++;
        }
        byte[] out = new byte[zeros + number.length - first];
        System.arraycopy(number, first, out, zeros, number.length - first);
        return out;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
