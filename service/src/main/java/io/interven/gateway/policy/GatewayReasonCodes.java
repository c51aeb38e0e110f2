package io.interven.gateway.policy;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * Reason codes that only the gateway emits, never a plugin: they describe what the gateway did with a call (let it
 * through on an approval, reported a monitor-mode rule, failed closed), not a risk found in it. The codes plugins
 * may emit are {@link io.interven.spi.ReasonCodes}.
 */
public final class GatewayReasonCodes {
    /** A call that needed approval was let through once, by an approval of this exact call. */
    public static final String APPROVED = "APPROVED";
    /** A policy rule in monitor mode matched: it would have decided, and changed nothing. */
    public static final String MONITOR_ONLY = "MONITOR_ONLY";
    /** The scan failed (a plugin threw, the time budget ran out, ...) and answered DENY. */
    public static final String PIPELINE_FAILURE = "PIPELINE_FAILURE";

    /**
     * Part of the call was encoded beyond what the gateway decodes for one call (more than 1 MiB decoded, inflated
     * archives included, or layers nested deeper than 8), so it was not wholly read; the answer is DENY.
     */
    public static final String DECODE_LIMIT = "DECODE_LIMIT";

    /** An agent-to-agent message whose recipient already took part in its delegation chain (A to B to A). */
    public static final String A2A_LOOP = "A2A_LOOP";
    /** An agent-to-agent message that would make its delegation chain deeper than {@code a2a.maxChainDepth}. */
    public static final String A2A_CHAIN_DEPTH = "A2A_CHAIN_DEPTH";

    private static final Set<String> ALL = Set.of(APPROVED, MONITOR_ONLY, PIPELINE_FAILURE, DECODE_LIMIT, A2A_LOOP,
            A2A_CHAIN_DEPTH);

    /**
     * Codes with which the gateway refuses a call whatever policies decided: the scan failed, the call was not wholly
     * decoded, a delegation chain loops or is too deep, an ephemeral key's scope does not cover the call. No policy
     * rule decided such an answer, and no draft policy could change it.
     */
    private static final Set<String> OVERRIDING_POLICY = Set.of(PIPELINE_FAILURE, DECODE_LIMIT, A2A_LOOP,
            A2A_CHAIN_DEPTH, io.interven.spi.ReasonCodes.EPHEMERAL_SCOPE);

    private GatewayReasonCodes() {
    }

    /** True when one of {@code reasonCodes} refused the call whatever policies decided ({@link #OVERRIDING_POLICY}). */
    public static boolean overridePolicy(Collection<String> reasonCodes) {
        for (String code : reasonCodes) {
            if (OVERRIDING_POLICY.contains(code)) {
                return true;
            }
        }
        return false;
    }

    /** True for a code of this class, in any letter case or with surrounding blanks. */
    public static boolean isGatewayOnly(String reasonCode) {
        return reasonCode != null && ALL.contains(reasonCode.strip().toUpperCase(Locale.ROOT));
    }
}
