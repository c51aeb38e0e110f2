package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretsDetectorTest {
    private static final SecretsDetector DETECTOR = new SecretsDetector();
    private static final String GITHUB_TOKEN = "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";
    private static final String OPENAI_KEY = "sk-proj-mdq48veoDhnLrP7iFy3N1CgEshVlM9YxUUMWqBEqw1xPyHj10ZqcStTdnDO6wa3rUyKLVBf0t"
            + "WT3BlbkFJHVt48fKJYCOF7RFFbFgJ6GmPsgZQuFh6LedegcyTp301ITL28-UOh6hG41-z-Gnx5NVzaLZV85";
    private static final String RANDOM_SECRET = "q8Zx1Vb7Nm3Kp5Lr9Ty2Wc4H";

    private static List<Finding> detect(FieldLocation location, String key, String text) {
        return DETECTOR.detect(new ScanField("field", location, key, text));
    }

    private static List<String> found(List<Finding> findings, String text) {
        return findings.stream().map(f -> f.entityType() + "=" + text.substring(f.start(), f.end())).toList();
    }

    @Test
    void findsABearerTokenInAnAuthorizationHeaderWithItsIssuer() {
        String header = "Bearer " + GITHUB_TOKEN;

        List<Finding> findings = detect(FieldLocation.HEADER, "Authorization", header);

        assertThat(found(findings, header)).containsExactly("GITHUB_TOKEN=" + GITHUB_TOKEN);
        Finding finding = findings.get(0);
        assertThat(finding.dataClass()).isEqualTo("SECRETS");
        assertThat(finding.ruleId()).isEqualTo("github-token");
        assertThat(finding.issuerDomains()).contains("github.com");
        assertThat(finding.confidence()).isEqualTo(0.99);
        assertThat(finding.location()).isEqualTo(FieldLocation.HEADER);
        assertThat(finding.path()).isEqualTo("field");
    }

    @Test
    void findsProviderCredentialsInsideBasicCredentials() {
        String basic = Base64.getEncoder().encodeToString(
                "ACce4d5b6b279f60e2801aca6ad6e34391:28a87d360802f2ee52d1e3a838537579".getBytes(StandardCharsets.UTF_8));
        String header = "Basic " + basic;

        List<Finding> findings = detect(FieldLocation.HEADER, "Authorization", header);

        assertThat(found(findings, header)).containsExactly("TWILIO_AUTH_TOKEN=" + basic);
        assertThat(findings.get(0).issuerDomains()).containsExactly("twilio.com");
    }

    @Test
    void aBasicPasswordOfUnknownIssuerIsDataInABodyButTheCallsOwnAuthenticationInAHeader() {
        String basic = Base64.getEncoder().encodeToString(("deploy:" + RANDOM_SECRET).getBytes(StandardCharsets.UTF_8));
        String curl = "curl -H 'Authorization: Basic " + basic + "' https://ci.internal/api";

        assertThat(found(detect(FieldLocation.BODY, "text", curl), curl)).containsExactly("GENERIC_SECRET=" + basic);
        assertThat(detect(FieldLocation.HEADER, "Authorization", "Basic " + basic)).isEmpty();
    }

    @Test
    void aFieldNamedLikeASecretHoldingASecretLikeValueIsAGenericSecret() {
        assertThat(found(detect(FieldLocation.BODY, "client_secret", RANDOM_SECRET), RANDOM_SECRET))
                .containsExactly("GENERIC_SECRET=" + RANDOM_SECRET);
        assertThat(found(detect(FieldLocation.QUERY, "api_key", RANDOM_SECRET), RANDOM_SECRET))
                .containsExactly("GENERIC_SECRET=" + RANDOM_SECRET);
        String bearer = "Bearer " + RANDOM_SECRET;
        assertThat(found(detect(FieldLocation.BODY, "authorization", bearer), bearer))
                .containsExactly("GENERIC_SECRET=" + RANDOM_SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"token_type", "password_policy", "secret_name", "next_page_token", "max_tokens",
            "public_key", "idempotency_key", "note"})
    void keyNamesThatDescribeRatherThanHoldASecretAreIgnored(String key) {
        assertThat(detect(FieldLocation.BODY, key, RANDOM_SECRET)).isEmpty();
    }

    /**
     * A CSRF token, a continuation token or a client token proves nothing about its sender: a browser agent's form post
     * is no leak. A token of a provider under such a name is still found by its own rule.
     */
    @ParameterizedTest
    @ValueSource(strings = {"authenticity_token", "csrf_token", "__RequestVerificationToken", "continuationToken",
            "syncToken", "client_token", "recaptcha_token"})
    void randomValuesUnderNamesOfNonCredentialTokensAreIgnored(String key) {
        assertThat(detect(FieldLocation.BODY, key, RANDOM_SECRET)).as(key).isEmpty();
        assertThat(detect(FieldLocation.QUERY, key, RANDOM_SECRET)).as(key).isEmpty();
        assertThat(detect(FieldLocation.BODY, "text", key + " = \"" + RANDOM_SECRET + "\"")).as(key).isEmpty();
        assertThat(found(detect(FieldLocation.BODY, key, GITHUB_TOKEN), GITHUB_TOKEN)).as(key)
                .containsExactly("GITHUB_TOKEN=" + GITHUB_TOKEN);
    }

    /** A UUID under a password name is a credential ({@link UuidCredentialTest}), so it is not among these. */
    @ParameterizedTest
    @ValueSource(strings = {"2025-06-20T16:53:16.376Z", "1733906400000", "true",
            "short", "${DB_PASSWORD}", "<your-password>", "changeme123", "xxxxxxxxxxxxxxxx", "rotated-yesterday",
            "config.database.password", "/run/secrets/db_password", "https://vault.internal/v1/secret/db",
            "Must be at least 16 characters"})
    void valuesThatAreNotSecretsAreIgnoredEvenUnderASecretKey(String value) {
        assertThat(detect(FieldLocation.BODY, "password", value)).as(value).isEmpty();
    }

    @Test
    void aGenericSecretInAHeaderIsTheCallsOwnAuthentication() {
        assertThat(detect(FieldLocation.HEADER, "X-Api-Key", RANDOM_SECRET)).isEmpty();
        assertThat(detect(FieldLocation.HEADER, "Authorization", "Bearer " + RANDOM_SECRET)).isEmpty();
    }

    @Test
    void findsSecretsAssignedInPastedConfiguration() {
        String env = """
                # .env.production
                WORKERS=4
                ACCESS_TOKEN=fRBWWJB7THca24xX1p
                DB_PASSWORD=${DB_PASSWORD}
                TOKEN_TYPE=bearer-jwt-rs256
                client_secret: "wsxY2eUG78qKGTyUpAOUbwCD"
                """;

        assertThat(found(detect(FieldLocation.BODY, "text", env), env))
                .containsExactly("GENERIC_SECRET=fRBWWJB7THca24xX1p", "GENERIC_SECRET=wsxY2eUG78qKGTyUpAOUbwCD");
    }

    @Test
    void aProviderRuleWinsOverTheGenericRulesForTheSameSpan() {
        List<Finding> underSecretKey = detect(FieldLocation.BODY, "api_key", OPENAI_KEY);
        String assigned = "OPENAI_API_KEY=" + OPENAI_KEY;
        List<Finding> inText = detect(FieldLocation.BODY, "text", assigned);

        assertThat(underSecretKey).extracting(Finding::ruleId).containsExactly("openai-project-key");
        assertThat(inText).extracting(Finding::ruleId).containsExactly("openai-project-key");
        assertThat(found(inText, assigned)).containsExactly("OPENAI_API_KEY=" + OPENAI_KEY);
    }

    @Test
    void reportsEverySecretOfAFieldWithItsOwnSpan() {
        String text = "token " + GITHUB_TOKEN + " and key AKIA5HGAZYXDOWG7M6RX, db "
                + "postgres://svc:fQmOUZ2DRk2XNIGO@orders-db.internal:5432/orders";

        assertThat(found(detect(FieldLocation.BODY, "text", text), text)).containsExactly(
                "GITHUB_TOKEN=" + GITHUB_TOKEN, "AWS_ACCESS_KEY_ID=AKIA5HGAZYXDOWG7M6RX",
                "DATABASE_URL_CREDENTIALS=fQmOUZ2DRk2XNIGO");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Password policy now requires at least 16 characters and MFA.",
            "Secrets are now loaded from the secrets manager; the .env file is gone.",
            "password:   # fill in before deploy",
            "request completed status=200 path=/v1/orders req=28aac876-7781-4462-a36e-891b591692d5",
            "commit 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12 fixes the token refresh",
            "Use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as in the AWS docs",
            "export GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}",
            "curl -H 'Authorization: Bearer <your-api-key>' https://api.example.com",
            "color: #ff8800; max_tokens: 1024; token_count=93812",
    })
    void ordinaryTextHasNoSecrets(String text) {
        assertThat(detect(FieldLocation.BODY, "text", text)).as(text).isEmpty();
    }

    /** Code and references met in benign source files: variables, patterns, resource names, constants. */
    @ParameterizedTest
    @ValueSource(strings = {
            "        $PROXY_PASSWORD = $CPAN::Config->{proxy_pass} || \"\";",
            "$PASSWORD = $CPAN::Config->{password} || \"\";", "secret_key = @secret_key_base_value",
            "api_token: ${API_TOKEN_FROM_VAULT}", "const UNEXPECTED_TOKEN = /^Unexpected token '?(.)'?(,)? /i",
            "arn:aws:secretsmanager:us-west-2:123456789012:secret:MyTestDatabaseSecret1-d4e5f6",
            "\"ARN\": \"arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-Xk2Pq9\"",
            "class StateType(Enum):\n    Task = ASLLexer.TASK\n    Pass = ASLLexer.PASS\n",
            // the example tokens of the OAuth 2.0 and OpenID Connect specifications, in a library's documentation
            "GET /resource?access_token=mF_9.B5f-4.1JqM HTTP/1.1", "access_token=h480djs93hd8",
            "{\"access_token\":\"2YotnFZFEjr1zCsicMWpAA\", \"refresh_token\":\"tGzv3JOkF0XG5Qx2TlKWIA\"}",
            "client_secret=7Fjfp0ZBr1KtDRbnfVdmIw", "{\"access_token\": \"SlAV32hkKG\", \"refresh_token\": \"8xLOxBtZp8\"}",
            "if (validCIDR?.length > 0) {\n      tokenData.cidr_whitelist = validCIDR\n    }",
            "<replacefilter token=\".qualifier\" value=\".${commit.time}\"/>",
            "Running gdb.ada/assign_1.exp ...\nPASS: gdb.ada/assign_1.exp: changing the language to ada\nXPASS: x/y.exp: z",
            // a key's resource name in AWS's documentation
            "\"encryptionKey\": \"arn:aws:kms:us-west-2:417498243647:key/c9fe2447-0795-4fda-afbe-8464574ae162\"",
            "    def __init__(self, username, password):\n        \"\"\"Constructor.\n\n        :param username: User",
    })
    void codeAndReferencesHoldNoSecrets(String text) {
        assertThat(detect(FieldLocation.BODY, "text", text)).as(text).isEmpty();
    }

    /**
     * Markers written into a secret do not hide it: an ellipsis after it, an {@code @} before a random value, a pattern's
     * {@code /^} before one. (Short values with {@code example} inside, {@code ....}, and {@code $} before letters and
     * digits, a shell variable, remain placeholders.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"password: %s...", "api_token = @%s", "secret = /^%s", "token: %s\u2026",
            "SECRET=.%s"})
    void markersAroundASecretDoNotHideIt(String template) {
        String text = template.formatted(RANDOM_SECRET);
        assertThat(found(detect(FieldLocation.BODY, "text", text), text)).as(text).isNotEmpty();
    }

    /**
     * The scope of a signed URL's signature names who signed (a key id, found by its own rule, or an account's
     * address), the day, the region and the service; it is no secret. A random value in the signer's place is.
     */
    @Test
    void theScopeOfASignedUrlIsNoSecretButARandomValueInItsPlaceIs() {
        assertThat(detect(FieldLocation.QUERY, "X-Goog-Credential",
                "svc@acme.iam.gserviceaccount.com/20261207/auto/storage/goog4_request")).isEmpty();
        assertThat(detect(FieldLocation.BODY, "text", "https://storage.googleapis.com/acme/q3.pdf?X-Goog-Credential="
                + "svc%40acme.iam.gserviceaccount.com%2F20261207%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Expires=900"))
                .isEmpty();
        assertThat(detect(FieldLocation.QUERY, "X-Amz-Credential", "GOOG1EXAMPLEHMACID42/20261207/us-east-1/s3/aws4_request"))
                .isEmpty();
        String key = "AKIAZ7QW3RT5YU2IOP4K";
        String scope = key + "/20261207/us-east-1/s3/aws4_request";
        assertThat(found(detect(FieldLocation.QUERY, "X-Amz-Credential", scope), scope))
                .containsExactly("AWS_ACCESS_KEY_ID=" + key);
        String disguised = RANDOM_SECRET + "/20261207/us-east-1/s3/aws4_request";
        assertThat(detect(FieldLocation.QUERY, "X-Amz-Credential", disguised)).isNotEmpty();
    }

    @Test
    void theNameOfAJsonObjectReadAsAValueIsNoSecretOfItself() {
        assertThat(detect(FieldLocation.BODY, "SAPODataConnectorProfileCredentials",
                "SAPODataConnectorProfileCredentials")).isEmpty();
        assertThat(detect(FieldLocation.BODY, "MQBrokerAccessCredentials", "MQBrokerAccessCredentials")).isEmpty();
        assertThat(detect(FieldLocation.BODY, "credentials", "MQBrokerAccessCredentials")).isNotEmpty();
    }

    @Test
    void aRandomTokenUnderADottedSecretNameIsFoundWhateverItsLastPart() {
        String text = "secret.x = " + RANDOM_SECRET + "\napi_token.value: " + RANDOM_SECRET;
        assertThat(found(detect(FieldLocation.BODY, "text", text), text))
                .containsExactly("GENERIC_SECRET=" + RANDOM_SECRET, "GENERIC_SECRET=" + RANDOM_SECRET);
    }

    @Test
    void aSecretAssignedBesideAReferenceOrAResourceNameIsStillFound() {
        String text = "password = \"$ecret-Pa55word!\"\nconfig.client_secret: " + RANDOM_SECRET
                + "\nfrom arn:aws:iam::123456789012:user/ci, secret=" + RANDOM_SECRET;
        assertThat(found(detect(FieldLocation.BODY, "text", text), text))
                .containsExactly("GENERIC_SECRET=$ecret-Pa55word!", "GENERIC_SECRET=" + RANDOM_SECRET,
                        "GENERIC_SECRET=" + RANDOM_SECRET);
    }

    @Test
    void aContextRuleFindsAValueFiledUnderItsName() {
        String secret = "mUoaYaLZVPvfCnABW1Z9gVPgZ36he38xhZ+hMH0q";

        assertThat(detect(FieldLocation.BODY, "aws_secret_access_key", secret))
                .extracting(Finding::entityType, Finding::ruleId, Finding::start, Finding::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("AWS_SECRET_ACCESS_KEY", "aws-secret-access-key", 0,
                        secret.length()));
        assertThat(detect(FieldLocation.BODY, "twilioAuthToken", "28a87d360802f2ee52d1e3a838537579"))
                .extracting(Finding::entityType).containsExactly("TWILIO_AUTH_TOKEN");
        assertThat(detect(FieldLocation.BODY, "commit", "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12")).isEmpty();
    }

    @Test
    void findsASecretAssignedInsideTheValueOfAnotherAssignment() {
        String url = "fetch('https://api.acme.io/v1/imagery?api_key=" + RANDOM_SECRET + "')";
        String vim = "let g:gh_token='" + RANDOM_SECRET + "'";

        assertThat(found(detect(FieldLocation.BODY, "text", url), url)).containsExactly("GENERIC_SECRET=" + RANDOM_SECRET);
        String chained = "db.user:password = " + RANDOM_SECRET;
        assertThat(found(detect(FieldLocation.BODY, "text", vim), vim)).containsExactly("GENERIC_SECRET=" + RANDOM_SECRET);
        assertThat(found(detect(FieldLocation.BODY, "text", chained), chained)).containsExactly("GENERIC_SECRET=" + RANDOM_SECRET);
    }

    @Test
    void underTheKeyOfAnUnknownServiceOnlyARandomTokenIsASecret() {
        String token = "Tz7XVS4H9NJWmrK2pLgYfQ8BcAeDnE5MkF6RUw3C";

        assertThat(found(detect(FieldLocation.BODY, "text", "quoxly_key=" + token), "quoxly_key=" + token))
                .containsExactly("GENERIC_SECRET=" + token);
        assertThat(found(detect(FieldLocation.BODY, "quoxlyKey", token), token)).containsExactly("GENERIC_SECRET=" + token);
        assertThat(detect(FieldLocation.BODY, "text", "quoxly_key=9f86d081884c7d659a2feaa0c55ad015")).isEmpty();
        assertThat(detect(FieldLocation.BODY, "text", "cache_key=" + token)).isEmpty();
        assertThat(detect(FieldLocation.BODY, "text", "translation_key=checkout.payment.card-declined")).isEmpty();
        assertThat(detect(FieldLocation.BODY, "stripe_publishable_key", "pk_live_51HqLyjWDarjtT1zdp7dcXkMx7vJTsZnfOq")).isEmpty();
        assertThat(detect(FieldLocation.BODY, "stripeKey", "pk_test_51HqLyjWDarjtT1zdp7dcXkMx7vJTsZnfOq")).isEmpty();
    }

    @Test
    void aPasswordHashIsAPasswordHashNotAGenericSecretAndABareDigestIsNothing() {
        assertThat(detect(FieldLocation.BODY, "password_hash", "$2b$12$R9h7cIPz0gi.URNNX3kh2OPST9EBwB2NtYQmrPyqSwZBnURoM4a4e"))
                .extracting(Finding::entityType).containsExactly("PASSWORD_HASH");
        assertThat(detect(FieldLocation.BODY, "text", "secret_sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))
                .isEmpty();
    }

    @Test
    void hasAStableId() {
        assertThat(DETECTOR.id()).isEqualTo("secrets");
    }
}
