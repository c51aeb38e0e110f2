package io.interven.gateway.policy;

import java.util.UUID;

/** A version of a named policy as {@code policies} joined with {@code policy_versions} stores it. */
public record PolicyVersionRow(UUID id, UUID tenantId, String envName, String name, int version, String description,
                               String mode, boolean enabled, String rulesJson, long createdAt) {
}
