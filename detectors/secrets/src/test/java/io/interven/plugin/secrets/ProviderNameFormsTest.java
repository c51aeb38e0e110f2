package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.ScanField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms in which a provider's name and its secret are written: glued by a separator, in JSON-RPC calls. */
class ProviderNameFormsTest {
    private static final SecretsDetector DETECTOR = new SecretsDetector();

    private static boolean finds(String text, String secret) {
        int start = text.indexOf(secret);
        return DETECTOR.detect(new ScanField("note", FieldLocation.BODY, "note", text)).stream()
                .anyMatch(f -> f.start() == start && f.end() == start + secret.length());
    }

    private static boolean findsAnything(String text) {
        return !DETECTOR.detect(new ScanField("note", FieldLocation.BODY, "note", text)).isEmpty();
    }

    @Test
    void findsAValueGluedToTheNameBySeparators() {
        assertThat(finds("weatherbit-api-key-5c1e0f7a93d24b8ea6f12d7c9e0b4a38",
                "5c1e0f7a93d24b8ea6f12d7c9e0b4a38")).isTrue();
        assertThat(finds("signupgeniusPRIVATE.7d2e9b0c4a1f36e85b2c7d0e9a4f1b63",
                "7d2e9b0c4a1f36e85b2c7d0e9a4f1b63")).isTrue();
        assertThat(finds("buttercmsPRIVATEkey-3e9a0c7d1b4f26e85a9c0d3b7e1f4a62c8d05b9e",
                "3e9a0c7d1b4f26e85a9c0d3b7e1f4a62c8d05b9e")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "WEATHERBIT_ACCESS_TOKEN=${WEATHERBIT_ACCESS_TOKEN}",
        "weatherbit-access-token-rotation-policy",
        "weatherbit-api-key-5c1e0f7a93d24b8ea6f12d7c9e0b4a38: rotated",
        "WEATHERBIT_API_KEY_5c1e0f7a93d24b8ea6f12d7c9e0b4a38=1",
        "buttercms-key-3e9a0c7d1b4f26e85a9c0d3b7e1f4a62c8d05b9e=enabled",
        "signupgenius-key-00000000000000000000000000000000",
        "signupgenius-client-7d2e9b0c4a1f36e85b2c7d0e9a4f1b63",
        "buttercms-3e9a0c7d1b4f26e85a9c0d3b7e1f4a62c8d05b9e"})
    void aGluedRunThatIsANameOrNotASecretIsNotAValue(String text) {
        assertThat(findsAnything(text)).isFalse();
    }

    @Test
    void findsATrueNasKeyInALoginCall() {
        String key = "8-Lq33pw8ibmNCMVqH08Xh5z8gjcRj4DX20WKjAdDv857ahDt1neEeUDpPdqhFvdhv";
        assertThat(finds("{\"id\":\"3286a508-a6ca-278a-c078-85b2b515d8d2\", \"msg\":\"method\","
                + " \"method\":\"auth.login_with_api_key\", \"params\":[\"" + key + "\"]}", key)).isTrue();
        assertThat(finds("{\n  \"method\": \"auth.login_with_api_key\",\n  \"params\": [\n    \"" + key
                + "\"\n  ]\n}\n", key)).isTrue();
    }
}
