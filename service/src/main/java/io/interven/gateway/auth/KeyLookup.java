package io.interven.gateway.auth;

import java.util.Optional;

/** Finds a stored key by the SHA-256 hash of its value ({@link ApiKeyFormat#hash}); revoked keys are found too. */
public interface KeyLookup {
    Optional<StoredKey> byHash(String keyHash);
}
