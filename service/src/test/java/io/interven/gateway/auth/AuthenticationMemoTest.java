package io.interven.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.auth.AuthenticationException;
import io.dropwizard.auth.Authenticator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A remembered answer is given to Jersey for the same key, on the same thread, while the request is handled, and
 * never otherwise: not for another key, not on another thread, not after the request.
 */
class AuthenticationMemoTest {
    private static final String KEY = "iv_live_" + "a".repeat(20);
    private static final String OTHER_KEY = "iv_live_" + "b".repeat(20);

    private final List<String> reads = new ArrayList<>();
    private final ApiKeyPrincipal stored = principal();
    private final AuthenticationMemo memo = new AuthenticationMemo(key -> {
        synchronized (reads) {
            reads.add(key);
        }
        return Optional.of(stored);
    });
    private final Authenticator<String, ApiKeyPrincipal> jersey = memo.forJersey();

    @Test
    void theRememberedAnswerIsGivenForTheSameKeyWithoutAReadEvenWhenItIsNone() throws Exception {
        try (AuthenticationMemo.Remembered ignored = memo.remember(KEY, Optional.empty())) {
            assertThat(jersey.authenticate(KEY)).isEmpty();
        }
        assertThat(reads).isEmpty();
    }

    @Test
    void anotherKeyIsRead() throws Exception {
        try (AuthenticationMemo.Remembered ignored = memo.remember(KEY, Optional.empty())) {
            assertThat(jersey.authenticate(OTHER_KEY)).contains(stored);
        }
        assertThat(reads).containsExactly(OTHER_KEY);
    }

    @Test
    void afterTheRequestTheKeyIsReadAgain() throws Exception {
        try (AuthenticationMemo.Remembered ignored = memo.remember(KEY, Optional.empty())) {
            jersey.authenticate(KEY);
        }
        assertThat(jersey.authenticate(KEY)).contains(stored);
        assertThat(reads).containsExactly(KEY);
    }

    @Test
    void anotherThreadDoesNotSeeTheAnswer() throws Exception {
        try (AuthenticationMemo.Remembered ignored = memo.remember(KEY, Optional.empty())) {
            Optional<ApiKeyPrincipal> elsewhere = CompletableFuture.supplyAsync(() -> {
                try {
                    return jersey.authenticate(KEY);
                } catch (AuthenticationException e) {
                    throw new IllegalStateException(e);
                }
            }).get();
            assertThat(elsewhere).contains(stored);
        }
        assertThat(reads).containsExactly(KEY);
    }

    @Test
    void aNestedAnswerGivesWayToTheOuterOneWhenClosed() throws Exception {
        try (AuthenticationMemo.Remembered outer = memo.remember(KEY, Optional.empty())) {
            try (AuthenticationMemo.Remembered inner = memo.remember(OTHER_KEY, Optional.empty())) {
                assertThat(jersey.authenticate(OTHER_KEY)).isEmpty();
            }
            assertThat(jersey.authenticate(KEY)).isEmpty();
        }
        assertThat(reads).isEmpty();
    }

    @Test
    void aFailureReachesJerseyAsItIs() throws Exception {
        AuthenticationMemo failing = new AuthenticationMemo(key -> {
            throw new AuthenticationException("database unreachable");
        });
        assertThatThrownBy(() -> failing.authenticate(KEY)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> failing.forJersey().authenticate(KEY)).isInstanceOf(AuthenticationException.class);
    }

    private static ApiKeyPrincipal principal() {
        return new ApiKeyPrincipal(UUID.randomUUID(), UUID.randomUUID(), "production", null, UUID.randomUUID(),
                Set.of(Role.SCAN), null, false);
    }
}
