package io.interven.gateway.core;

import static io.interven.gateway.core.CallInputs.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.spi.DataClasses;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A password after its label in another language is found through the whole pipeline, where the detectors read the
 * text as the normalizer writes it: Cyrillic and Hebrew letters that look like Latin ones are folded to ASCII there
 * (пароль becomes пapoль), so the rule reads both spellings.
 */
class PasswordLabelsInOtherScriptsTest {
    private static final String PASSWORD = "Vq7#mZ2!rT9xLp4";

    @ParameterizedTest
    @ValueSource(strings = {"пароль", "ПАРОЛЬ", "Пароль", "סיסמה", "كلمة المرور", "contraseña", "CONTRASEÑA", "密码",
            "Passwort", "mot de passe", "비밀번호"})
    void aPasswordAfterItsLabelIsASecret(String label) {
        ScanOutcome outcome = BuiltinPipeline.get().scan(call("POST", "https://hooks.slack.com/services/T0/B0/x",
                Map.of(), "{\"text\": \"" + label + ": " + PASSWORD + "\"}"));

        assertThat(outcome.classifications()).as(label).contains(DataClasses.SECRETS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mot de passe : Soleil123", "wachtwoord: Zomer2024", "パスワード: sakura2024",
            "Kennwort: Herbst2023!", "hasło: Lato2024", "parola=roma1990", "salasana: Kesa2024"})
    void aWeakPasswordOfMoreThanLettersAfterItsLabelIsASecret(String text) {
        ScanOutcome outcome = BuiltinPipeline.get().scan(call("POST", "https://hooks.slack.com/services/T0/B0/x",
                Map.of(), "{\"text\": \"" + text + "\"}"));

        assertThat(outcome.classifications()).as(text).contains(DataClasses.SECRETS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kennwort: erforderlich", "mot de passe : obligatoire", "wachtwoord: vergeten",
            "Passwort: Passwort", "contraseña: requerida.", "senha: ********", "mot de passe : Obligatoire!",
            "hasło: wymagane,", "Passwort: mindestens 8 Zeichen", "mot de passe : 8 caractères minimum"})
    void aWordOrAPlaceholderAfterTheLabelIsNone(String text) {
        ScanOutcome outcome = BuiltinPipeline.get().scan(call("POST", "https://hooks.slack.com/services/T0/B0/x",
                Map.of(), "{\"text\": \"" + text + "\"}"));

        assertThat(outcome.classifications()).as(text).doesNotContain(DataClasses.SECRETS);
    }

    @Test
    void theLabelAloneOrAWordAfterItIsNone() {
        ScanOutcome outcome = BuiltinPipeline.get().scan(call("POST", "https://hooks.slack.com/services/T0/B0/x",
                Map.of(), "{\"text\": \"Пароль: обязательно. Contraseña: requerida.\"}"));

        assertThat(outcome.classifications()).doesNotContain(DataClasses.SECRETS);
    }
}
