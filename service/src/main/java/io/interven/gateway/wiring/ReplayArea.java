package io.interven.gateway.wiring;

import io.interven.gateway.config.LimitsConfiguration;
import io.interven.gateway.replay.NonceStore;
import io.interven.gateway.replay.NonceSweeper;
import io.interven.gateway.replay.SignedRequestCheck;
import io.interven.gateway.replay.SignedRequestFilter;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Signed requests and their replay window ({@code REPLAY_WINDOW_SEC}): the check after authentication, the nonces
 * in the database, and the sweep that deletes them once expired (every window).
 */
public final class ReplayArea {
    private ReplayArea() {
    }

    /** Signed requests, required for the tenants whose settings say so (authentication reads the setting). */
    public static void wire(Foundation base) {
        LimitsConfiguration limits = base.config().limits;
        NonceStore nonces = new NonceStore(base.jdbi());
        SignedRequestCheck check = new SignedRequestCheck(nonces, limits.replayWindowSeconds, base.clock());
        base.register(new SignedRequestFilter(check, limits.maxBodyBytes, limits.bodyPace()));

        ScheduledExecutorService sweeps = base.environment().lifecycle()
                .scheduledExecutorService("nonce-sweep").threads(1).build();
        long every = limits.replayWindowSeconds;
        sweeps.scheduleWithFixedDelay(new NonceSweeper(nonces, base.clock()), every, every, TimeUnit.SECONDS);
    }
}
