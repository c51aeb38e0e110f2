package io.interven.gateway.replay;

import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import io.interven.gateway.errors.FieldProblem;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The replay window of one request, in the order that costs least and reveals least: the headers' shape, whether
 * the tenant requires a signature, the timestamp against the window, the signature, and last the nonce (one insert),
 * so that nobody without the key can use up nonces. Every refusal is an {@link ApiException} answered 401:
 * {@code REPLAYED} for a timestamp outside the window or a nonce already used, {@code BAD_SIGNATURE} for malformed
 * headers, a signature that does not match, or a missing signature the tenant requires.
 */
public class SignedRequestCheck {
    private final NonceClaims nonces;
    private final long windowSeconds;
    private final Clock clock;

    public SignedRequestCheck(NonceClaims nonces, long windowSeconds, Clock clock) {
        this.nonces = nonces;
        this.windowSeconds = windowSeconds;
        this.clock = clock;
    }

    /**
     * The request's signature, empty for an unsigned request the tenant accepts.
     *
     * @param required true when the caller's tenant requires every request to be signed
     */
    public Optional<SignedRequest> signatureOf(boolean required, UnaryOperator<String> headers) {
        Optional<SignedRequest> signed = SignedRequestHeaders.read(headers);
        if (signed.isEmpty() && required) {
            throw refusal(ErrorCode.BAD_SIGNATURE, "this tenant requires signed requests",
                    SignedRequestHeaders.SIGNATURE, "is required for every request of this tenant");
        }
        return signed;
    }

    /** Checks a signed request made with the key stored as {@code keyHash}, and claims its nonce. */
    public void verify(UUID tenantId, String keyHash, SignedRequest signed, String method, String target,
                       byte[] body) {
        long now = clock.millis();
        // the timestamp counts whole seconds: it is compared with the second the gateway's clock is in, so that
        // both edges of the window are inside it whatever the milliseconds
        long nowSeconds = Math.floorDiv(now, 1000L);
        long timestamp = signed.timestamp(); // at most 12 digits (SignedRequestHeaders): no overflow below
        if (timestamp < nowSeconds - windowSeconds || timestamp > nowSeconds + windowSeconds) {
            throw refusal(ErrorCode.REPLAYED, "the request was signed outside the replay window",
                    SignedRequestHeaders.TIMESTAMP, "must be within " + windowSeconds + " seconds of the gateway's clock");
        }
        String expected = RequestSignature.v1(keyHash, signed.timestamp(), signed.nonce(), method, target, body);
        if (!RequestSignature.matches(expected, signed.signatureHex())) {
            throw refusal(ErrorCode.BAD_SIGNATURE, "the request signature does not match the request",
                    SignedRequestHeaders.SIGNATURE, "does not match this key, method, path and body");
        }
        // the nonce is kept to the last millisecond at which the timestamp is still inside the window
        long lastAccepted = (timestamp + windowSeconds + 1) * 1000 - 1;
        if (!nonces.claim(tenantId, signed.nonce(), lastAccepted, now)) {
            throw refusal(ErrorCode.REPLAYED, "the request was already received",
                    SignedRequestHeaders.NONCE, "was already used within the replay window");
        }
    }

    private static ApiException refusal(ErrorCode code, String message, String header, String problem) {
        return new ApiException(code, message, List.of(new FieldProblem(header, problem)));
    }
}
