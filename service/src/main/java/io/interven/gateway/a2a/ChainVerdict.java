package io.interven.gateway.a2a;

import io.interven.gateway.policy.GatewayReasonCodes;

/**
 * What the chain says of one hop: let through to the pipeline (and recorded at {@code depth}), or refused with a
 * gateway reason code ({@code A2A_LOOP}, {@code A2A_CHAIN_DEPTH}) and not recorded.
 */
public record ChainVerdict(String denialReason, int depth) {
    public static final ChainVerdict NO_CHAIN = new ChainVerdict(null, 0);

    static ChainVerdict recorded(int depth) {
        return new ChainVerdict(null, depth);
    }

    static ChainVerdict loop() {
        return new ChainVerdict(GatewayReasonCodes.A2A_LOOP, 0);
    }

    static ChainVerdict tooDeep() {
        return new ChainVerdict(GatewayReasonCodes.A2A_CHAIN_DEPTH, 0);
    }

    public boolean denied() {
        return denialReason != null;
    }
}
