package io.interven.gateway.auth;

import io.dropwizard.auth.AuthenticationException;
import io.dropwizard.auth.Authenticator;
import java.util.Optional;

/**
 * One key look-up per request where two parts of the server authenticate it. A part in front of Jersey that
 * authenticated a request's key and then passes the request on (the direct scan path passes on an unknown key, a
 * key without the scan role, a used-up ephemeral key) {@link #remember}s its answer while Jersey handles the
 * request on the same thread; Jersey's authentication ({@link #forJersey}) takes that answer for the same key
 * instead of reading the key again. Without it, a flood of made-up keys on a path answered in front of Jersey would
 * cost two look-ups in the database per request, and the auth stage would be timed twice.
 *
 * <p>The answer lives only as long as the request is handled on the thread that remembered it: a request handled
 * on another thread, or presenting other credentials to Jersey, is simply authenticated again. A failure (the
 * database unreachable) is never remembered, so Jersey meets it again and answers it as it always does.
 */
public final class AuthenticationMemo {
    private final Authenticator<String, ApiKeyPrincipal> authenticator;
    private final ThreadLocal<Remembered> current = new ThreadLocal<>();

    /** @param authenticator what reads a key (timed as the auth stage) */
    public AuthenticationMemo(Authenticator<String, ApiKeyPrincipal> authenticator) {
        this.authenticator = authenticator;
    }

    /** The key's principal, read afresh. */
    public Optional<ApiKeyPrincipal> authenticate(String key) throws AuthenticationException {
        return authenticator.authenticate(key);
    }

    /**
     * Keeps {@code answer} as the answer for {@code key} on this thread until the returned handle is closed, which
     * must happen before the thread handles anything else (try-with-resources).
     */
    public Remembered remember(String key, Optional<ApiKeyPrincipal> answer) {
        Remembered remembered = new Remembered(key, answer, current.get());
        current.set(remembered);
        return remembered;
    }

    /** The authenticator for Jersey: the remembered answer when the key is the one remembered, else a fresh read. */
    public Authenticator<String, ApiKeyPrincipal> forJersey() {
        return key -> {
            Remembered remembered = current.get();
            if (remembered != null && remembered.key.equals(key)) {
                return remembered.answer;
            }
            return authenticator.authenticate(key);
        };
    }

    /** An answer kept for the rest of one request; closing it forgets the answer. */
    public final class Remembered implements AutoCloseable {
        private final String key;
        private final Optional<ApiKeyPrincipal> answer;
        private final Remembered before;

        private Remembered(String key, Optional<ApiKeyPrincipal> answer, Remembered before) {
            this.key = key;
            this.answer = answer;
            this.before = before;
        }

        @Override
        public void close() {
            if (before == null) {
                current.remove();
            } else {
                current.set(before);
            }
        }
    }
}
