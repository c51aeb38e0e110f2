package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderAllowlistTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "my-example-token-123",
            "${GITHUB_TOKEN}", "{{ secrets.SLACK_WEBHOOK }}", "<your-api-key>", "<token>", "%(password)s", "$API_KEY", "pw-%(db.password)s-x",
            "%DB_PASSWORD%", "process.env.OPENAI_API_KEY", "your_api_key", "YOUR-SECRET-KEY-HERE", "insert_key_here",
            "changeme", "CHANGE_ME_PLEASE", "dummy-secret-value", "test123", "fake_token_for_tests", "[REDACTED]",
            "xxxxxxxxxxxxxxxxxxxx", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "********", "sk_live_0000000000000000abcd",
            "aaaaaaaaaaaaaaaaaaaaaaaa", "T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "password", "secret",
            "1234567890abcdef", "a1b2c3d4e5f6a7b8c9d0"})
    void recognizesPlaceholders(String value) {
        assertThat(PlaceholderAllowlist.isPlaceholder(value)).as(value).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "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", "AKIA5HGAZYXDOWG7M6RX", "mUoaYaLZVPvfCnABW1Z9gVPgZ36he38xhZ+hMH0q",
            "fQmOUZ2DRk2XNIGO", "xoxb-24655668396-6873268638203-3pD2FGI7HFzvCGiFqk6RK2zz", "USe!jIgjPSGsfFiw",
            "sk_test_pWbrmm2usRy4uVtE5hUb3WGA8HA1QrZEJOriEsIs2rjOy8DK2ts",
            "django-insecure-_du9e^cmago!%(^+=gr@cu@v9-v7ulhbk2s3!w&39w4"})
    void letsRealLookingSecretsThrough(String value) {
        assertThat(PlaceholderAllowlist.isPlaceholder(value)).as(value).isFalse();
    }

    /** A marker or filler added to a random token does not make it an example: what is left is still a secret. */
    @ParameterizedTest
    @ValueSource(strings = {"xoxb-24655668396-6873268638203-3pD2FGI7HFzvCGiFqk6RK2zzEXAMPLE",
            "sample-mUoaYaLZVPvfCnABW1Z9gVPgZ36he38xhZ+hMH0q", "mUoaYaLZVPvfCnABW1Z9gVPgZ36he38xhZ+hMH0q_here",
            "sk_test_pWbrmm2usRy4uVtE5hUb3WGA8HA1QrZEJOriEsIs2rjOy8DK2tsXXXXXXXX", "fake3pD2FGI7HFzvCGiFqk6RK2zz9Qw",
            // a sequence glued on with the marker does not make the rest filler
            "mUoaYaLZVPvfCnABW1Z9gVPgZ36he38xhZ+hMH0qEXAMPLEabcd", "3pD2FGI7HFzvCGiFqk6RK2zz9Qw_here_qwer",
            "3pD2FGI7HFzvCGiFqk6RK2zz9QwEXAMPLEabcdefghijklmnopqrstuvwxyz0123456789qwertyuiop",
            // a random token dressed as a reference names no variable
            "$q8Zx1Vb7Nm3Kp5Lr9Ty2Wc4H", "<q8Zx1Vb7Nm3Kp5Lr9Ty2Wc4H>", "%q8Zx1Vb7Nm3Kp5Lr9Ty2Wc4H%"})
    void aMarkerGluedToARandomTokenDoesNotHideIt(String value) {
        assertThat(PlaceholderAllowlist.isPlaceholder(value)).as(value).isFalse();
    }
}
