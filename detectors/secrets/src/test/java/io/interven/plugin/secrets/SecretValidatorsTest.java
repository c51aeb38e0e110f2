package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretValidatorsTest {

    @Test
    void everyValidatorIsRegisteredUnderItsName() {
        assertThat(ValidatorRegistry.names()).containsExactlyInAnyOrder(
                "github_crc32", "jwt_header", "pem_key_body", "base64_private_key");
        ValidatorRegistry.names().forEach(name ->
                assertThat(ValidatorRegistry.byName(name)).hasValueSatisfying(v -> assertThat(v.name()).isEqualTo(name)));
        assertThat(ValidatorRegistry.byName("luhn")).isEmpty();
    }

    @Test
    void aJwtHeaderMustDecodeToJsonNamingItsAlgorithm() {
        JwtHeaderCheck check = new JwtHeaderCheck();
        assertThat(check.isValid("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl")).isTrue();
        assertThat(check.isValid("eyJ0eXAiOiJKV1QiLCJraWQiOiJrMSJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl")).isFalse();
        assertThat(check.isValid("eyJ!!!.eyJzdWIiOiIxIn0.c2lnbmF0dXJl")).isFalse();
        assertThat(check.isValid("no-dots")).isFalse();
    }

    @Test
    void aPemBlockMustCarryKeyMaterial() {
        PemPrivateKeyBodyCheck check = new PemPrivateKeyBodyCheck();
        String line = "pNxnyVmihA/2O76UMFxFkM/R5Kjp1vRt+1fjORS/6ilI8ihN5KXSc7Tvo/hBKqFY";
        assertThat(check.isValid("-----BEGIN RSA PRIVATE KEY-----\n" + line + "\n-----END RSA PRIVATE KEY-----")).isTrue();
        assertThat(check.isValid("-----BEGIN RSA PRIVATE KEY-----\\n" + line + "\\n-----END RSA PRIVATE KEY-----"))
                .isTrue();
        assertThat(check.isValid("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n...\n-----END RSA PRIVATE KEY-----"))
                .isFalse();
    }
}
