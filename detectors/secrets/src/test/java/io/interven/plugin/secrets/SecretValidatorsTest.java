package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SecretValidatorsTest {
    private static final String KEY_LINE = "pNxnyVmihA/2O76UMFxFkM/R5Kjp1vRt+1fjORS/6ilI8ihN5KXSc7Tvo/hBKqFY";

    @Test
    void everyValidatorIsRegisteredUnderItsName() {
        assertThat(ValidatorRegistry.names()).containsExactlyInAnyOrder(
                "github_crc32", "jwt_header", "pem_key_body", "base64_private_key", "der_private_key", "base64_user_password", "base64_json",
                "generic_secret_value", "password_value", "password_value_no_words");
        assertThat(ValidatorRegistry.byName("luhn")).isEmpty();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // a JWT header decodes to JSON naming its alg
                arguments("jwt_header", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", true),
                arguments("jwt_header", "eyJ0eXAiOiJKV1QiLCJraWQiOiJrMSJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", false),
                arguments("jwt_header", "eyJ!!!.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", false),
                arguments("jwt_header", "no-dots", false),
                // a private key block carries key material
                arguments("pem_key_body", "-----BEGIN RSA PRIVATE KEY-----\n" + KEY_LINE + "\n-----END RSA PRIVATE KEY-----", true),
                arguments("pem_key_body", "-----BEGIN RSA PRIVATE KEY-----\\n" + KEY_LINE + "\\n-----END RSA PRIVATE KEY-----", true),
                arguments("pem_key_body", "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n...\n-----END RSA PRIVATE KEY-----",
                        false),
                arguments("pem_key_body", "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: \"k\"\n" + KEY_LINE
                        + "\n---- END SSH2 ENCRYPTED PRIVATE KEY ----", true),
                arguments("pem_key_body", "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: \"" + KEY_LINE
                        + "\"\n---- END SSH2 ENCRYPTED PRIVATE KEY ----", false),
                // base64 of user:password, with a password that is not a placeholder
                arguments("base64_user_password", "ZGVwbG95OlE4engxVmI3Tm0zS3A1THI=", true),
                arguments("base64_user_password", "ZGVwbG95Og==", false),
                arguments("base64_user_password", "bm8tY29sb24taGVyZQ==", false),
                arguments("base64_user_password", "ZGVwbG95OiR7UEFTU1dPUkR9", false),
                arguments("base64_user_password", "!!!", false),
                // a token that carries base64 JSON
                arguments("base64_json", "glc_eyJvIjoiMTIzNDUiLCJuIjoic3RhY2sifQ==", true),
                arguments("base64_json", "sntrys_eyJpYXQiOjE3MDAwMDAwMDB9_abc", true),
                arguments("base64_json", "glc_eyJub3QganNvbg", false),
                arguments("base64_json", "glc_QUJDREVGR0g=", false),
                // a password of no fixed format
                arguments("generic_secret_value", "q8Zx1Vb7Nm3Kp5Lr9Ty2Wc4H", true),
                arguments("generic_secret_value", "password", false),
                arguments("generic_secret_value", "${DB_PASSWORD}", false),
                // a value whose syntax says it is a password: weak but real passwords pass, placeholders do not
                // without plain words: a weak password needs more than letters, prose's full stop is not its own
                arguments("password_value_no_words", "q8Zx1Vb7Nm3Kp5Lr9Ty2Wc4H", true),
                arguments("password_value_no_words", "Soleil123", true),
                arguments("password_value_no_words", "brasil2024!", true),
                arguments("password_value_no_words", "Vq7#mZ2!rT9xLp4.", true),
                arguments("password_value_no_words", "obligatoire", false),
                arguments("password_value_no_words", "requerida.", false),
                arguments("password_value_no_words", "Obligatoire!", false),
                arguments("password_value_no_words", "changeme", false),
                arguments("password_value", "q8Zx1Vb7Nm3Kp5Lr9Ty2Wc4H", true),
                arguments("password_value", "password123", true),
                arguments("password_value", "dev_admin", true),
                arguments("password_value", "VMware1!", true),
                arguments("password_value", "password", false),
                arguments("password_value", "changeme", false),
                arguments("password_value", "YOUR_PASSWORD", false),
                arguments("password_value", "<password>", false),
                arguments("password_value", "${DB_PASSWORD}", false),
                arguments("password_value", "$Password", false),
                arguments("password_value", "%nothing%", false),
                arguments("password_value", "********", false),
                arguments("password_value", "example-pass", false));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("cases")
    void validatesItsFormat(String validator, String candidate, boolean valid) {
        assertThat(ValidatorRegistry.byName(validator)).hasValueSatisfying(
                check -> assertThat(check.isValid(candidate)).as("%s(%s)", validator, candidate).isEqualTo(valid));
    }
}
