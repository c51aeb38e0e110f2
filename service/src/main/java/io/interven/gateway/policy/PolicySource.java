package io.interven.gateway.policy;

import java.util.List;
import java.util.UUID;

/** The enabled policies of one tenant environment, latest versions, in any order. */
public interface PolicySource {
    List<Policy> activePolicies(UUID tenantId, String envName);

    /** No tenant policies: every call falls to the built-in default policy. */
    PolicySource NONE = (tenantId, envName) -> List.of();
}
