package io.interven.gateway.policy;

/** The current version after an apply, and whether the apply created it. */
public record ApplyResult(StoredPolicy policy, boolean created) {
}
