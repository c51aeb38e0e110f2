package io.interven.plugin.pii;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The EIP-55 mixed-case checksum of an Ethereum address: a hex letter of the address is upper case exactly when
 * the matching nibble of the Keccak-256 hash of the lower-case hex is 8 or more. An all-lower or all-upper address
 * carries no checksum.
 */
final class Eip55Checksum {
    private Eip55Checksum() {
    }

    /** {@code hex}: the 40 hex characters after {@code 0x}. */
    static boolean hasChecksum(String hex) {
        return !hex.equals(hex.toLowerCase(Locale.ROOT)) && !hex.equals(hex.toUpperCase(Locale.ROOT));
    }

    /** True when the mixed case of the 40 hex characters is the EIP-55 checksum. */
    static boolean isValid(String hex) {
        byte[] hash = Keccak256.hash(hex.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
            if (c >= 'a' && c <= 'f' && nibble >= 8 || c >= 'A' && c <= 'F' && nibble < 8) {
                return false;
            }
        }
        return true;
    }
}
