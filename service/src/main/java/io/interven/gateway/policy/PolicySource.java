package io.interven.gateway.policy;

import java.util.UUID;

/** The enabled policies of one tenant environment, latest versions, their rules in evaluation order. */
public interface PolicySource {
    ActivePolicies activePolicies(UUID tenantId, String envName);

    /** No tenant policies: every call falls to the built-in default policy. */
    PolicySource NONE = (tenantId, envName) -> ActivePolicies.NONE;
}
