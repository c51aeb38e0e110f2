package io.interven.gateway.replay;

import java.util.UUID;

/** Whether a tenant requires every request of its keys to be signed; unsigned requests then answer 401. */
@FunctionalInterface
public interface SignaturePolicy {
    boolean requiredFor(UUID tenantId);

    /** Signatures are checked when sent and never required: until tenant settings decide otherwise. */
    static SignaturePolicy notRequired() {
        return tenantId -> false;
    }
}
