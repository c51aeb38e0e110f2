package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A JSON Web Token issued by a well-known identity provider names that provider's API hosts as its issuer; any
 * other token, or a claim that only looks like an issuer, names none.
 */
class JwtIssuerDomainsTest {
    private static final SecretsDetector DETECTOR = new SecretsDetector();
    private static final String SIGNATURE = "Xq3vN8pL2mR7tY1wK5zB9cD4fG6hJ0sA2eU8iO3nM7q";

    static String jwt(String payloadJson) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + "." + SIGNATURE;
    }

    private static Finding bearer(String token) {
        List<Finding> findings = DETECTOR.detect(new ScanField("headers.Authorization", FieldLocation.HEADER,
                "Authorization", "Bearer " + token));
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).entityType()).isEqualTo("JWT");
        assertThat(findings.get(0).start()).isEqualTo("Bearer ".length());
        return findings.get(0);
    }

    @Test
    void aGoogleSignInTokenIsIssuedByGoogle() {
        Finding google = bearer(jwt("{\"iss\":\"https://accounts.google.com\",\"aud\":\"1234.apps.googleusercontent.com\","
                + "\"sub\":\"110169484474386276334\",\"exp\":1767229200}"));

        assertThat(google.issuerDomains()).contains("oauth2.googleapis.com", "accounts.google.com");
        assertThat(bearer(jwt("{\"iss\":\"accounts.google.com\"}")).issuerDomains()).contains("oauth2.googleapis.com");
        assertThat(bearer(jwt("{\"iss\":\"https:\\/\\/accounts.google.com\\/\"}")).issuerDomains())
                .contains("oauth2.googleapis.com");
    }

    @Test
    void firebaseMicrosoftAndAppleTokensNameTheirApis() {
        assertThat(bearer(jwt("{\"iss\":\"https://securetoken.google.com/acme-prod\",\"aud\":\"acme-prod\"}"))
                .issuerDomains()).contains("firestore.googleapis.com", "identitytoolkit.googleapis.com");
        assertThat(bearer(jwt("{\"aud\":\"https://graph.microsoft.com\",\"iss\":"
                + "\"https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/\"}")).issuerDomains())
                .contains("graph.microsoft.com", "management.azure.com");
        assertThat(bearer(jwt("{\"iss\":\"https://login.microsoftonline.com/72f988bf/v2.0\"}")).issuerDomains())
                .contains("graph.microsoft.com");
        assertThat(bearer(jwt("{\"iss\":\"https://appleid.apple.com\"}")).issuerDomains())
                .containsExactly("appleid.apple.com");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"iss\":\"https://auth.acme-corp.io/\",\"sub\":\"usr_1\"}",
            "{\"iss\":\"https://accounts.google.com.evil.com\"}",
            "{\"iss\":\"https://accounts.google.com/../evil\"}",
            "{\"iss\":\"https://evil.com/https://login.microsoftonline.com/\"}",
            "{\"claims\":{\"iss\":\"https://accounts.google.com\"}}",
            "{\"note\":\"\\\"iss\\\":\\\"https://accounts.google.com\\\"\"}",
            "{\"iss\":[\"https://accounts.google.com\"]}",
            "{\"iss\":\"https://accounts.google.com\",\"iss\":42}",
            "{\"sub\":\"usr_1\"}",
            "{\"iss\":\"https://accounts.google.com\"",
    })
    void anyOtherIssuerOrAClaimThatOnlyLooksLikeOneNamesNone(String payload) {
        assertThat(bearer(jwt(payload)).issuerDomains()).isEmpty();
    }

    @Test
    void anOversizedPayloadIsNotDecoded() {
        String padding = "x".repeat(JwtPayloadClaim.MAX_PAYLOAD);
        String token = jwt("{\"iss\":\"https://accounts.google.com\",\"pad\":\"" + padding + "\"}");

        assertThat(JwtIssuerDomains.of(token)).isEmpty();
        assertThat(JwtIssuerDomains.of("eyJhbGciOiJIUzI1NiJ9.!!!!.sig")).isEmpty();
        assertThat(JwtIssuerDomains.of("no-dots-at-all")).isEqualTo(Set.of());
        assertThat(JwtIssuerDomains.of(jwt("[\"https://accounts.google.com\"]"))).isEmpty();
    }
}
