package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.plugin.secrets.PasswordValue.Strength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordValueTest {

    @ParameterizedTest
    @ValueSource(strings = {"q8Zx1Vb7Nm3Kp5Lr9Ty2Wc4H", "Hv7!qT2mZr9xKw", "USe!jIgjPSGsfFiw"})
    void randomValuesAreStrong(String value) {
        assertThat(PasswordValue.of(value, false)).isEqualTo(Strength.STRONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password123", "4ian1234", "super$ecret", "p@ssw0rd99", "letmein42", "team10",
            "Rrhh1234", "D1fficult", "secret!1"})
    void weakButRealPasswordsAreWeakEvenWhereWordsAreNotAllowed(String value) {
        assertThat(PasswordValue.of(value, false)).as(value).isEqualTo(Strength.WEAK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"goodspec", "thisismypassword", "dev_admin", "myPassword", "secret", "mypassword"})
    void plainWordsAreWeakPasswordsOnlyWhereTheSyntaxLeavesNoDoubt(String value) {
        assertThat(PasswordValue.of(value, true)).as(value).isEqualTo(Strength.WEAK);
        assertThat(PasswordValue.of(value, false)).as(value).isEqualTo(Strength.NONE);
    }

    /**
     * {@code Pass = ASLLexer.PASS} in an enum of a lexer's tokens: a qualified constant of code, in any case; and a
     * private constant ({@code private_key: _ALLOWED_PRIVATE_KEY_TYPES}).
     */
    @ParameterizedTest
    @ValueSource(strings = {"ASLLexer.PASS", "Config.DB_PASS", "settings.SECRET_KEY", "os.environ.PASSWORD",
            "HTTPAuth.BASIC_PASSWORD", "Token.Type.BEARER", "KeyStore.PrivateKeyEntry", "_ALLOWED_PRIVATE_KEY_TYPES",
            "__secret_key_base"})
    void qualifiedConstantsOfCodeAreNeitherPasswordsNorSecrets(String value) {
        assertThat(PasswordValue.of(value, true)).as(value).isEqualTo(Strength.NONE);
        assertThat(PasswordValue.of(value, false)).as(value).isEqualTo(Strength.NONE);
        assertThat(GenericSecretValue.isPlausible(value)).as(value).isFalse();
    }

    /** {@code password: required.} in prose: the full stop closes the sentence, the word is no password. */
    @ParameterizedTest
    @ValueSource(strings = {"required.", "obligatoire.", "required,", "erforderlich!", "changeme.", "requerida?",
            "mandatory)."})
    void aWordBeforeASentencesClosingPunctuationIsNoPassword(String value) {
        assertThat(PasswordValue.of(value, false)).as(value).isEqualTo(Strength.NONE);
        assertThat(PasswordValue.isWeakPassword(value, false)).as(value).isFalse(); // the assignments' check
    }

    @ParameterizedTest
    @ValueSource(strings = {"Summer2024.", "letmein42,", "team10!", "Soleil123."})
    void aWeakPasswordBeforeASentencesClosingPunctuationIsStillOne(String value) {
        assertThat(PasswordValue.of(value, false)).as(value).isNotEqualTo(Strength.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tr0ub4dor.3", "S3cure.Pass!", "hunter2.X9"})
    void dottedPasswordsWithDigitsOrSignsStillCount(String value) {
        assertThat(PasswordValue.of(value, false)).as(value).isNotEqualTo(Strength.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "pw", "admin", "changeme", "CHANGE_ME", "YOUR_PASSWORD", "your-password-here", "${VAR}",
            "{{ .Values.password }}", "<password>", "********", "xxxxxxxx", "example123", "$Password", "%nothing%",
            "@db_pass", "-AsPlainText", "#add-password", "password", "PASSWORD", "Passwort", "required", "string",
            "option", "env.DB_PASSWORD", "config.db.password", "rotated-yesterday", "12345678", "2025-06-20",
            "f0a7157a-edab-4d5d-a4a6-9fd50a652b4f", "https://vault.internal/v1/secret", "/run/secrets/db_password",
            "open sesame", "getPassword()", "application:", "busybox@", "\\$_POST", "!GetAtt", "!vault",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbC1", "env:DB_PASSWORD", "op://prod/db/pw1", "Kennwort", "true", "null", "keyfile_password", "not_a_real_password", "define"})
    void placeholdersReferencesWordsAndOtherDataAreNotPasswords(String value) {
        assertThat(PasswordValue.of(value, true)).as(value).isEqualTo(Strength.NONE);
    }

    @Test
    void anOversizedValueIsNotAPassword() {
        assertThat(PasswordValue.of("aB3$".repeat(40), true)).isEqualTo(Strength.NONE);
    }
}
