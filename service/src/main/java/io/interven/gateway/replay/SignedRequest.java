package io.interven.gateway.replay;

/** What a client signed with: when (unix seconds), a nonce, and the hex {@code v1} signature it sent. */
public record SignedRequest(long timestamp, String nonce, String signatureHex) {
}
