package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretKeyNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"password", "passwd", "DB_PASSWORD", "admin_password", "pwd", "secret", "client_secret",
            "clientSecret", "api_key", "apiKey", "apikey", "X-Api-Key", "api_dev_key", "access_token", "accessToken",
            "auth_token", "AUTH_TOKEN", "token", "private_key", "privateKey", "SECRET_KEY", "awsSecretAccessKey",
            "refresh_token", "credentials", "authorization", "smtp_pass", "jwtsecret", "appsecret", "dbpassword"})
    void recognizesSecretNames(String key) {
        assertThat(SecretKeyName.looksSecret(key)).as(key).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"token_type", "tokenType", "password_policy", "secret_name", "next_page_token", "max_tokens",
            "public_key", "idempotency_key", "cache_key", "sort_key", "aws_access_key_id", "passport_number",
            "bypass_cache", "password_reset_url", "key", "tokenizer", "description", "id_token_expires_in", "password_hash",
            "passwordDigest", "secret_sha256", "token_checksum", "jwtsecret_name", "nonsecretive", "apassword"})
    void ignoresNamesThatDoNotHoldSecrets(String key) {
        assertThat(SecretKeyName.looksSecret(key)).as(key).isFalse();
    }

    /** CSRF tokens, places in a listing or a sync, captcha answers and client tokens prove nothing about a sender. */
    @ParameterizedTest
    @ValueSource(strings = {"csrf_token", "csrfToken", "X-CSRF-Token", "XSRF-TOKEN", "xsrf_token", "authenticity_token",
            "anti_forgery_token", "__RequestVerificationToken", "continuation_token", "continuationToken", "syncToken",
            "next_sync_token", "resumeToken", "deltaToken", "skipToken", "client_token", "clientToken", "captcha_token",
            "recaptcha_token", "hcaptcha_token"})
    void namesOfTokensThatAreNoCredentialsDoNotHoldSecrets(String key) {
        assertThat(SecretKeyName.looksSecret(key)).as(key).isFalse();
        assertThat(SecretKeyName.mayHoldSecret(key)).as(key).isFalse();
    }

    /** A word beside them that names a credential keeps the name a credential's. */
    @ParameterizedTest
    @ValueSource(strings = {"client_access_token", "csrf_secret", "verification_token", "request_token",
            "sync_password", "client_secret", "csrf_auth_token", "session_token", "resume_api_token"})
    void aCredentialWordBesideThemKeepsTheNameSecret(String key) {
        assertThat(SecretKeyName.looksSecret(key)).as(key).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"brandfetch_key", "adafruitIoKey", "IO_KEY", "MAPBOX_KEY"})
    void aKeyOfAnUnknownServiceMayHoldAnApiKey(String key) {
        assertThat(SecretKeyName.mayHoldKey(key)).as(key).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"key", "cache_key", "idempotency_key", "sortKey", "partition_key", "translation_key",
            "public_key", "key_id", "keyboard", "s3_object_key"})
    void aKeyOfSomethingElseIsNotAnApiKey(String key) {
        assertThat(SecretKeyName.mayHoldKey(key)).as(key).isFalse();
    }

    @Test
    void splitsKeysIntoWords() {
        assertThat(SecretKeyName.words("awsSecretAccessKey")).containsExactly("aws", "secret", "access", "key");
        assertThat(SecretKeyName.words("X-API-Key")).containsExactly("x", "api", "key");
        assertThat(SecretKeyName.words("db.password_2")).containsExactly("db", "password", "2");
    }

    @Test
    void ignoresMissingKeys() {
        assertThat(SecretKeyName.looksSecret(null)).isFalse();
        assertThat(SecretKeyName.looksSecret("")).isFalse();
    }
}
