package io.interven.plugin.secrets;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credential part of an {@code Authorization}-style value: {@code Bearer <token>}, {@code Token <token>}
 * and similar are reduced to the token, so that it is judged (and its span reported) on its own.
 */
final class AuthorizationScheme {
    private static final Pattern SCHEME_PREFIX = Pattern.compile("(?i)^(?:bearer|token|apikey|api-key|key)\\s+");

    private AuthorizationScheme() {
    }

    /** Where the credential starts in {@code value} (0 when there is no scheme word). */
    static int credentialStart(String value) {
        Matcher m = SCHEME_PREFIX.matcher(value);
        return m.find() ? m.end() : 0;
    }
}
