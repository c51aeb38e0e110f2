package io.interven.gateway.metrics;

import io.dropwizard.auth.AuthenticationException;
import io.dropwizard.auth.Authenticator;
import io.interven.gateway.core.StageTimer;
import java.security.Principal;
import java.util.Optional;

/** An authenticator whose every call, whatever its answer, is timed as the {@code auth} stage. */
final class TimedAuthenticator<C, P extends Principal> implements Authenticator<C, P> {
    private final Authenticator<C, P> authenticator;
    private final StageTimer timer;

    TimedAuthenticator(Authenticator<C, P> authenticator, StageTimer timer) {
        this.authenticator = authenticator;
        this.timer = timer;
    }

    @Override
    public Optional<P> authenticate(C credentials) throws AuthenticationException {
        long start = System.nanoTime();
        try {
            return authenticator.authenticate(credentials);
        } finally {
            timer.lap(start);
        }
    }
}
