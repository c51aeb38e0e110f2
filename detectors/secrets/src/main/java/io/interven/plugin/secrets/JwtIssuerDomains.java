package io.interven.plugin.secrets;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The API hosts that accept the tokens of a few well-known identity providers, named by a JSON Web Token's
 * {@code iss} claim: Google sign-in, Firebase Authentication, Microsoft Entra ID and Sign in with Apple. A JWT
 * they issued is reported with these hosts as its issuer domains, so that it authenticates a call to them and, sent
 * to any other host's URL or headers, raises the credential-host-mismatch signal. Any other issuer gives none: the
 * gateway itself binds a JWT to the host its {@code iss} or {@code aud} claim names (see the README). The hosts are
 * constants, never text of the token.
 */
final class JwtIssuerDomains {
    private record Issuer(String prefix, boolean exact, Set<String> hosts) {
        boolean names(String iss) {
            return exact ? iss.equals(prefix) || iss.equals(prefix + "/") : iss.startsWith(prefix);
        }
    }

    private static final Set<String> GOOGLE = Set.of("accounts.google.com", "oauth2.googleapis.com",
            "openidconnect.googleapis.com", "www.googleapis.com");
    private static final Set<String> FIREBASE = Set.of("securetoken.google.com", "securetoken.googleapis.com",
            "identitytoolkit.googleapis.com", "firestore.googleapis.com", "firebasestorage.googleapis.com",
            "firebaseio.com", "firebasedatabase.app");
    private static final Set<String> MICROSOFT = Set.of("login.microsoftonline.com", "graph.microsoft.com",
            "graph.windows.net", "management.azure.com", "management.core.windows.net", "outlook.office.com",
            "outlook.office365.com");
    private static final Set<String> APPLE = Set.of("appleid.apple.com");

    private static final List<Issuer> ISSUERS = List.of(
            new Issuer("https://accounts.google.com", true, GOOGLE),
            new Issuer("accounts.google.com", true, GOOGLE),
            new Issuer("https://securetoken.google.com/", false, FIREBASE),
            new Issuer("https://login.microsoftonline.com/", false, MICROSOFT),
            new Issuer("https://sts.windows.net/", false, MICROSOFT),
            new Issuer("https://login.windows.net/", false, MICROSOFT),
            new Issuer("https://appleid.apple.com", true, APPLE));

    private JwtIssuerDomains() {
    }

    /** The issuer hosts of the token, or empty when its issuer is none of the well-known ones. */
    static Set<String> of(String token) {
        return JwtPayloadClaim.of(token, "iss")
                .map(iss -> iss.strip().toLowerCase(Locale.ROOT))
                .flatMap(iss -> ISSUERS.stream().filter(issuer -> issuer.names(iss)).findFirst())
                .map(Issuer::hosts)
                .orElse(Set.of());
    }
}
