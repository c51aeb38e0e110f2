package io.interven.spi;

import java.util.Locale;

/**
 * A keyed hash of a value (HMAC-SHA256 under the tenant's key, as lower-case hex), made by the gateway
 * ({@link AgentHistory#keyedHash}). Equal values of one tenant have equal hashes; a hash cannot be reversed or
 * compared across tenants. Its text is safe to log.
 *
 * @param hex 64 hexadecimal digits
 */
public record ValueHash(String hex) {
    public ValueHash {
        Require.nonNull(hex, "hex");
        hex = hex.toLowerCase(Locale.ROOT);
        if (!isHex64(hex)) {
            throw new IllegalArgumentException("hex must be 64 hexadecimal digits");
        }
    }

    /** Checked by hand: a signal may make a few dozen hashes per call, and {@code String.matches} compiles. */
    private static boolean isHex64(String hex) {
        if (hex.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = hex.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
