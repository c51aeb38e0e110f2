package io.interven.plugin.pii;

import java.util.Locale;

/**
 * Bitcoin's SegWit addresses (BIP 173, BIP 350): {@code bc1}, then a witness version and program in the Bech32
 * alphabet, then a six-character checksum. Version 0 programs (20 or 32 bytes) use the Bech32 checksum constant,
 * versions 1-16 (2-40 bytes) Bech32m's. An address is all lower or all upper case.
 */
final class Bech32Address {
    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int BECH32 = 1;
    private static final int BECH32M = 0x2bc830a3;
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    private static final String HRP = "bc";
    private static final int MAX_LENGTH = 90;

    private Bech32Address() {
    }

    static boolean isBitcoinAddress(String address) {
        if (address.length() < 14 || address.length() > MAX_LENGTH) {
            return false;
        }
        String lower = address.toLowerCase(Locale.ROOT);
        if (!address.equals(lower) && !address.equals(address.toUpperCase(Locale.ROOT))) {
            return false;
        }
        int separator = lower.lastIndexOf('1');
        if (separator != HRP.length() || !lower.startsWith(HRP)) {
            return false;
        }
        int[] data = new int[lower.length() - separator - 1];
        for (int i = 0; i < data.length; i++) {
            data[i] = CHARSET.indexOf(lower.charAt(separator + 1 + i));
            if (data[i] < 0) {
                return false;
            }
        }
        if (data.length < 7) {
            return false;
        }
        int version = data[0];
        int constant = polymod(data);
        if (version == 0 && constant != BECH32 || version > 0 && constant != BECH32M || version > 16) {
            return false;
        }
        int programBits = (data.length - 7) * 5; // less the version and the checksum
        int padding = programBits % 8;
        if (padding >= 5 || (data[data.length - 7] & (1 << padding) - 1) != 0) {
            return false; // padding must be under five bits, all zero
        }
        int programBytes = programBits / 8;
        return version == 0 ? programBytes == 20 || programBytes == 32 : programBytes >= 2 && programBytes <= 40;
    }

    /** The Bech32 checksum polynomial over the expanded human-readable part and {@code data}. */
    private static int polymod(int[] data) {
        int chk = 1;
        for (int i = 0; i < HRP.length(); i++) {
            chk = step(chk, HRP.charAt(i) >> 5);
        }
        chk = step(chk, 0);
        for (int i = 0; i < HRP.length(); i++) {
            chk = step(chk, HRP.charAt(i) & 31);
        }
        for (int value : data) {
            chk = step(chk, value);
        }
        return chk;
    }

    private static int step(int chk, int value) {
        int top = chk >>> 25;
        chk = (chk & 0x1ffffff) << 5 ^ value;
        for (int i = 0; i < 5; i++) {
            if ((top >>> i & 1) != 0) {
                chk ^= GENERATOR[i];
            }
        }
        return chk;
    }
}
