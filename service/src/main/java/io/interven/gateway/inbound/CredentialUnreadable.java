package io.interven.gateway.inbound;

/**
 * A stored credential that does not open: its master key is not configured, or the ciphertext was changed or copied
 * from another row (its authenticated data binds it to its tenant, prefix, type and name). The message names the
 * route's prefix, never a key or a value.
 */
public class CredentialUnreadable extends RuntimeException {
    public CredentialUnreadable(String message) {
        super(message, null, false, false);
    }
}
