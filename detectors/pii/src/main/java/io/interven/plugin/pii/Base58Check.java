package io.interven.plugin.pii;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Bitcoin's legacy addresses: Base58 text that decodes to a version byte (0x00 pay-to-public-key-hash, {@code 1...};
 * 0x05 pay-to-script-hash, {@code 3...}), a 20-byte hash and the first four bytes of the double SHA-256 of both.
 */
final class Base58Check {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);
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

    /** The bytes the Base58 text stands for (each leading {@code 1} a zero byte), or null when it is not Base58. */
    static byte[] decode(String text) {
        BigInteger value = BigInteger.ZERO;
        int zeros = 0;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                return null;
            }
            if (leading && digit == 0) {
                zeros++;
            } else {
                leading = false;
            }
            value = value.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
        int skip = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0; // the sign byte
        byte[] out = new byte[zeros + magnitude.length - skip];
        System.arraycopy(magnitude, skip, out, zeros, magnitude.length - skip);
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
