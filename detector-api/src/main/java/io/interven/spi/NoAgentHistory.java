package io.interven.spi;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@link AgentHistory#none()}: answers that nothing is known. Its hashes are keyed with a random key of this process,
 * so they match nothing and reveal nothing.
 */
final class NoAgentHistory implements AgentHistory {
    static final NoAgentHistory INSTANCE = new NoAgentHistory();
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    private NoAgentHistory() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        key = new SecretKeySpec(random, HMAC);
    }

    @Override
    public List<PastCall> recentCalls(CallQuery query, Duration window, int limit) {
        return List.of();
    }

    @Override
    public long countCalls(CallQuery query, Duration window) {
        return 0;
    }

    @Override
    public Optional<Instant> firstUseOf(String toolName, String operation) {
        return Optional.empty();
    }

    @Override
    public Optional<Instant> firstCallTo(String host) {
        return Optional.empty();
    }

    @Override
    public ValueHash keyedHash(String value) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return new ValueHash(HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is not available", e);
        }
    }

    @Override
    public List<PastCall> callsThatRead(ValueHash hash, Duration window) {
        return List.of();
    }
}
