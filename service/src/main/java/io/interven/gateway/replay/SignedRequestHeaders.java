package io.interven.gateway.replay;

import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import io.interven.gateway.errors.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads the three signing headers. None of them: the request is unsigned. All three, well formed: a
 * {@link SignedRequest}. Anything else answers 401 {@code BAD_SIGNATURE} naming each faulty header.
 */
public final class SignedRequestHeaders {
    public static final String TIMESTAMP = "X-Interven-Timestamp";
    public static final String NONCE = "X-Interven-Nonce";
    public static final String SIGNATURE = "X-Interven-Signature";

    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,12}");
    private static final Pattern NONCE_SHAPE = Pattern.compile("[A-Za-z0-9._~+/=:-]{8,128}");
    private static final Pattern V1 = Pattern.compile("v1=([0-9a-fA-F]{2,128})");

    private SignedRequestHeaders() {
    }

    /** The signed request the headers describe, empty when none of them is present. */
    public static Optional<SignedRequest> read(UnaryOperator<String> header) {
        String timestamp = header.apply(TIMESTAMP);
        String nonce = header.apply(NONCE);
        String signature = header.apply(SIGNATURE);
        if (timestamp == null && nonce == null && signature == null) {
            return Optional.empty();
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (timestamp == null || !SECONDS.matcher(timestamp.trim()).matches()) {
            problems.add(new FieldProblem(TIMESTAMP, timestamp == null ? "is required in a signed request"
                    : "must be unix seconds (digits only)"));
        }
        if (nonce == null || !NONCE_SHAPE.matcher(nonce.trim()).matches()) {
            problems.add(new FieldProblem(NONCE, nonce == null ? "is required in a signed request"
                    : "must be 8 to 128 characters of A-Z a-z 0-9 . _ ~ + / = : -"));
        }
        if (signature == null || !V1.matcher(signature.trim()).matches()) {
            problems.add(new FieldProblem(SIGNATURE, signature == null ? "is required in a signed request"
                    : "must be v1=<hex HMAC-SHA256>"));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(ErrorCode.BAD_SIGNATURE, "malformed request signature headers", problems);
        }
        var v1 = V1.matcher(signature.trim());
        v1.matches();
        return Optional.of(new SignedRequest(Long.parseLong(timestamp.trim()), nonce.trim(), v1.group(1)));
    }
}
