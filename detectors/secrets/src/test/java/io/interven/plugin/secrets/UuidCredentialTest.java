package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A UUID is a credential under a name that says which one (many API keys are UUIDs: Heroku, Jenkins), and an
 * identifier or a one-time value under any other name (request ids, idempotency and page tokens, CSRF tokens).
 */
class UuidCredentialTest {
    private static final SecretsDetector DETECTOR = new SecretsDetector();
    private static final String UUID = "df490bc6-ef6e-4f6a-99a0-b03d26cb56f9";

    private static List<String> secrets(String key, String text) {
        List<Finding> findings = DETECTOR.detect(new ScanField("field", FieldLocation.BODY, key, text));
        return findings.stream().filter(f -> f.dataClass().equals("SECRETS"))
                .map(f -> text.substring(f.start(), f.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jenkinsToken", "HEROKU_API_KEY", "interseller_PRIVATE_KEY", "db_password", "api_key",
            "X-Auth-Token", "auth_token", "access_token", "client_secret", "deploy_secret", "apiKey", "NEWRELIC_TOKEN"})
    void aUuidUnderACredentialNameIsASecret(String name) {
        assertThat(SecretKeyName.mayHoldUuidCredential(name)).as(name).isTrue();
        assertThat(secrets(name, UUID)).as(name).containsExactly(UUID);
        String assignment = name + " = \"" + UUID + "\";";
        assertThat(secrets("note", assignment)).as(assignment).containsExactly(UUID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"token", "clientToken", "client_token", "next_page_token", "pageToken", "continuation_token",
            "sync_token", "csrf_token", "X-CSRF-Token", "xsrfToken", "idempotency_key", "Idempotency-Key",
            "request_token", "X-Request-Id", "correlation_id", "trace_token", "session_id", "nonce_token",
            "resume_token", "job_token", "token_id", "password_reset_token", "batch_token", "state_token"})
    void aUuidUnderAnIdOrNonceNameIsNoSecret(String name) {
        assertThat(secrets(name, UUID)).as(name).isEmpty();
        assertThat(secrets("note", name + "=" + UUID)).as(name).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000000-0000-0000-0000-000000000000", "12345678-1234-1234-1234-123456789012",
            "aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"})
    void aPlaceholderUuidIsNoSecretEvenUnderACredentialName(String value) {
        assertThat(secrets("jenkinsToken", value)).as(value).isEmpty();
        assertThat(secrets("note", "HEROKU_API_KEY=" + value)).as(value).isEmpty();
    }
}
