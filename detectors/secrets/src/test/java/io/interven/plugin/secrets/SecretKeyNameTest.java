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
