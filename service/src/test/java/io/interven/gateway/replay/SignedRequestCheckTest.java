package io.interven.gateway.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which requests are let through without a signature, and that a refused signature never claims its nonce. */
class SignedRequestCheckTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_767_225_600L), ZoneOffset.UTC);
    private static final NonceClaims NEVER_CALLED = (tenant, nonce, expiresAt, now) -> {
        throw new AssertionError("no nonce may be claimed here");
    };

    @Test
    void anUnsignedRequestPassesWhenTheTenantDoesNotRequireSignatures() {
        SignedRequestCheck check = new SignedRequestCheck(NEVER_CALLED, 60, CLOCK);

        assertThat(check.signatureOf(false, Map.<String, String>of()::get)).isEmpty();
    }

    @Test
    void anUnsignedRequestIsRefusedWhenTheTenantRequiresSignatures() {
        SignedRequestCheck check = new SignedRequestCheck(NEVER_CALLED, 60, CLOCK);

        assertThatThrownBy(() -> check.signatureOf(true, Map.<String, String>of()::get))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_SIGNATURE);
                    assertThat(e.details()).extracting(p -> p.field()).containsExactly("X-Interven-Signature");
                });
    }

    @Test
    void aWrongSignatureOrAnOldTimestampNeverReachesTheNonces() {
        SignedRequestCheck check = new SignedRequestCheck(NEVER_CALLED, 60, CLOCK);
        UUID tenant = UUID.randomUUID();

        assertThatThrownBy(() -> check.verify(tenant, "hash", new SignedRequest(1_767_225_600L, "nonce-0001", "00"),
                "POST", "/v1/scan", new byte[0]))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_SIGNATURE));
        String good = RequestSignature.v1("hash", 1_767_225_600L - 61, "nonce-0002", "POST", "/v1/scan", new byte[0]);
        assertThatThrownBy(() -> check.verify(tenant, "hash", new SignedRequest(1_767_225_600L - 61, "nonce-0002", good),
                "POST", "/v1/scan", new byte[0]))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.REPLAYED));
    }

    @Test
    void theWindowIncludesItsEdgesAndTheNonceIsKeptUntilTheTimestampLeavesIt() {
        long[] claimed = new long[2];
        NonceClaims recording = (tenant, nonce, expiresAt, now) -> {
            claimed[0] = expiresAt;
            claimed[1] = now;
            return true;
        };
        SignedRequestCheck check = new SignedRequestCheck(recording, 60, CLOCK);
        long edge = 1_767_225_600L - 60;

        check.verify(UUID.randomUUID(), "hash", new SignedRequest(edge, "nonce-0003",
                RequestSignature.v1("hash", edge, "nonce-0003", "POST", "/v1/scan", new byte[0])),
                "POST", "/v1/scan", new byte[0]);

        assertThat(claimed).containsExactly(1_767_225_600_999L, 1_767_225_600_000L);
    }

    /**
     * The timestamp counts seconds: late in the gateway's second (999 ms), a timestamp exactly a window before or after
     * is inside, one second more is not; and the nonce of the edge request still holds then, so it is not replayed.
     */
    @Test
    void bothEdgesAreInsideWhateverTheMillisecondsAndTheNonceHoldsToTheEnd() {
        Map<String, Long> kept = new HashMap<>();
        NonceClaims inMemory = (tenant, nonce, expiresAt, now) -> {
            Long holds = kept.get(nonce);
            if (holds != null && holds >= now) {
                return false;
            }
            kept.put(nonce, expiresAt);
            return true;
        };
        long second = 1_767_225_600L;
        SignedRequestCheck late = new SignedRequestCheck(inMemory, 60,
                Clock.fixed(Instant.ofEpochMilli(second * 1000 + 999), ZoneOffset.UTC));
        SignedRequestCheck early = new SignedRequestCheck(inMemory, 60,
                Clock.fixed(Instant.ofEpochMilli(second * 1000), ZoneOffset.UTC));
        UUID tenant = UUID.randomUUID();

        early.verify(tenant, "hash", signed(second - 60, "nonce-a"), "POST", "/v1/scan", new byte[0]);
        assertThatThrownBy(() -> late.verify(tenant, "hash", signed(second - 60, "nonce-a"), "POST", "/v1/scan",
                new byte[0])).isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.REPLAYED));
        late.verify(tenant, "hash", signed(second - 60, "nonce-b"), "POST", "/v1/scan", new byte[0]);
        late.verify(tenant, "hash", signed(second + 60, "nonce-c"), "POST", "/v1/scan", new byte[0]);
        for (long outside : new long[] {second - 61, second + 61}) {
            assertThatThrownBy(() -> late.verify(tenant, "hash", signed(outside, "nonce-" + outside), "POST",
                    "/v1/scan", new byte[0])).isInstanceOfSatisfying(ApiException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.REPLAYED));
        }
    }

    private static SignedRequest signed(long timestamp, String nonce) {
        return new SignedRequest(timestamp, nonce,
                RequestSignature.v1("hash", timestamp, nonce, "POST", "/v1/scan", new byte[0]));
    }
}
