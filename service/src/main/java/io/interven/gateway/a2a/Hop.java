package io.interven.gateway.a2a;

import java.util.UUID;

/** A row of {@code a2a_hops}: one message of a delegation chain, {@code depth} its place in the chain from 1. */
public record Hop(UUID tenantId, String chainKey, int depth, UUID fromAgentId, UUID toAgentId, long createdAt) {
}
