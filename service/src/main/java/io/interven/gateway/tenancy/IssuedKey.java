package io.interven.gateway.tenancy;


/** A key just minted: its stored row and the plaintext, which exists only in this answer. */
public record IssuedKey(ApiKeyRow row, String plaintext) {
}
