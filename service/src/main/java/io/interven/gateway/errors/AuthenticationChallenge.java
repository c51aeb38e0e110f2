package io.interven.gateway.errors;

/**
 * The {@code WWW-Authenticate} challenge every 401 answer carries (RFC 9110 requires one): a Bearer API key of the
 * realm {@value #REALM}.
 */
public final class AuthenticationChallenge {
    public static final String SCHEME = "Bearer";
    public static final String REALM = "interven";
    public static final String HEADER_VALUE = SCHEME + " realm=\"" + REALM + "\"";

    private AuthenticationChallenge() {
    }
}
