package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A provider's name standing alone as the name of a value ({@code beamer = <token>}, {@code "skrapp": "<token>"},
 * {@code skrapp <token>}), and a value on the line after a name that announces a secret
 * ({@code eventbrite private access key\n<token>}), with the built-in providers.
 */
class ProviderBareNameTest {
    private static final SecretsDetector DETECTOR = new SecretsDetector();
    private static final String TOKEN = "Vq7rKp2XwN9mTz4bHc8LdY3fJs6GaE1u";

    private static List<String> found(String text) {
        List<Finding> findings = DETECTOR.detect(new ScanField("note", FieldLocation.BODY, "note", text));
        return findings.stream().map(f -> f.ruleId() + "=" + text.substring(f.start(), f.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "beamer = %s",
        "beamer: '%s'",
        "{\"beamer\": \"%s\"}",
        "skrapp %s",
        "skrapp=%s",
    })
    void findsAnIssuedLookingTokenUnderTheProvidersNameAlone(String template) {
        String text = template.formatted(TOKEN);

        assertThat(found(text)).anyMatch(f -> f.endsWith("-key-by-name=" + TOKEN));
    }

    @Test
    void findsATokenOnTheLineAfterANameThatAnnouncesASecret() {
        assertThat(found("eventbrite private access key\nQ7KX2M4RPZ9T8WNB3VHY")).contains(
                "eventbrite-key-by-name=Q7KX2M4RPZ9T8WNB3VHY");
        assertThat(found("beamer api key:\r\n  " + TOKEN)).contains("beamer-key-by-name=" + TOKEN);
    }

    @Test
    void aProviderWhoseTokensStartWithPkUnderscoreKeepsThem() {
        String courier = "pk_test_R4WQ9KD2NX7ZB3LM8PVC5THJ6Y";

        assertThat(found("courier_secret=" + courier)).contains("courier-key-by-name=" + courier);
        assertThat(found("publishable_key=" + courier)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // prose and ordinary ids next to a provider's name
        "the pandadoc access page",
        "splunk index main_2024",
        "nuget package Newtonsoft.Json 13.0.3",
        "owm city id 2643743",
        "asana task 1204567890123456",
        "beamer = 1204567890123456",
        "skrapp 2024-05-17T10:22:31Z",
        "beamer 3f786850e387550fdab836ed7e6dc881de23001b",
        "beamer = 123e4567-e89b-42d3-a456-556642440000",
        "beamer = 550e8400-e29b-41d4-a716-446655440000",
        "skrapp 1717171717171",
        "beamer = #3f7a9cff",
        "beamer = ORDER-2024-000123456",
        "beamer = getBeamerConfiguration",
        "beamer = beamer_widget_settings_v2",
        "skrapp Skrapp is an email finder for LinkedIn",
        "beamer = YOUR_BEAMER_API_KEY_HERE_1234",
        "beamer = ${BEAMER_API_KEY}",
        "beamer = 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "beamer = abcdefghijklmnopqrstuvwxyzABCD",
        "beamer = BeamerWidgetConfiguration2024",
        "skrapp SkrappChromeExtensionVersion2",
        "skrapp Lorem_ipsum_dolor_sit_amet_2024",
        "beamer = 0x71C7656EC7ab88b098defB751B7401B5f6d8976F",
        // a name that is more than the provider's name
        "my_beamer = " + TOKEN,
        "beamer_url = https://app.getbeamer.com/x",
        "beamer_id = " + TOKEN,
        // a hex-shaped provider's name alone: a digest or id, not a credential
        "zerobounce = 9f86d081884c7d659a2feaa0c55ad015",
        "openweather = 3f786850e387550fdab836ed7e6dc881",
        // a line break after a name that announces nothing
        "beamer\n" + TOKEN,
        "eventbrite event\nQ7KX2M4RPZ9T8WNB3VHY",
        "the eventbrite access key\nis rotated every 90 days",
        "eventbrite access key\n\nQ7KX2M4RPZ9T8WNB3VHY",
    })
    void findsNothingOfAProviderInProseIdsAndOtherData(String text) {
        assertThat(found(text)).noneMatch(f -> f.contains("-key-by-name="));
    }
}
