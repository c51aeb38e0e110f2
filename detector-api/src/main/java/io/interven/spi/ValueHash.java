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
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("hex must be 64 hexadecimal digits");
        }
    }
}
