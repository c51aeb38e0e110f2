package io.interven.gateway.inbound;

/**
 * A route credential as stored: AES-256-GCM ciphertext with its tag and the 12-byte nonce, both base64, and the id
 * of the master key that sealed it. Nothing here is secret without the master key.
 */
public record SealedCredential(String ciphertext, String nonce, String keyId) {
}
