package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionHintsTest {
    private static final String HOST = "api.example.com";

    private static ScanField body(String key, String value) {
        return new ScanField("$.x." + key, FieldLocation.BODY, key, value);
    }

    private static List<String> hints(String host, ScanField... fields) {
        return RegionHints.of(host, List.of(fields)).regionHints();
    }

    @ParameterizedTest
    @CsvSource({
            "country, DE, DE", "country, de, DE", "country_code, br, BR", "countryCode, JP, JP",
            "billing_country, Germany, DE", "shippingCountry, United Kingdom, GB", "country, UK, GB",
            "country, DEU, DE", "country, bra, BR", "country, Brasil, BR", "country, united states, US",
            "country, USA, US", "address_country, France, FR", "countryName, Switzerland, CH",
            "region, br, BR", "region_code, MX, MX", "locale, de-DE, DE", "locale, pt_BR, BR",
            "lang, en_US.UTF-8, US", "language, zh-Hant-TW, TW", "ui_locale, fr-CA, CA", "locale, es-419, ''",
    })
    void readsCountryAndLocaleFields(String key, String value, String region) {
        List<String> expected = region == null || region.isEmpty() ? List.of() : List.of(region);
        assertThat(hints(HOST, body(key, value))).as(key + "=" + value).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "region, us-east-1", "region, eu", "region, fra", "region, Europe", "country, Atlantis",
            "country, 12", "country, EU", "language, de", "lang, english", "locale, C.UTF-8",
            "country_of_origin_note, DE", "name, Germany", "countryside, DE", "language, x-klingon-KL",
    })
    void ignoresWhatNamesNoRegion(String key, String value) {
        assertThat(hints(HOST, body(key, value))).as(key + "=" + value).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "api.example.de, DE", "mail.example.co.uk, GB", "shop.example.com.br, BR", "example.fr., FR",
            "api.example.com.co, CO", "www.gob.mx, MX",
    })
    void readsTheHostsCountryCode(String host, String region) {
        assertThat(hints(host)).containsExactly(region);
    }

    @ParameterizedTest
    @ValueSource(strings = {"api.openai.com", "api.example.io", "example.ai", "t.co", "x.me", "twitch.tv",
            "api.example.app", "localhost", "10.0.0.12", "example.eu", "[2001:db8::1]"})
    void ignoresGenericAndBrandTopLevelDomains(String host) {
        assertThat(hints(host)).isEmpty();
    }

    @Test
    void ordersCountryThenLocaleThenHostAndKeepsThree() {
        assertThat(hints("api.example.de", body("locale", "pt_BR"), body("country", "JP")))
                .containsExactly("JP", "BR", "DE");
        assertThat(hints("api.example.de", body("country", "DE"), body("locale", "de-DE")))
                .containsExactly("DE");
        assertThat(hints("api.example.nl", body("country", "JP"), body("country", "MX"), body("country", "CH"),
                body("country", "AT"), body("locale", "pt_BR"))).containsExactly("JP", "MX", "CH");
    }

    @Test
    void readsQueryParametersButNotHeadersOrObjectKeys() {
        assertThat(hints(HOST, new ScanField("query.country", FieldLocation.QUERY, "country", "DE")))
                .containsExactly("DE");
        assertThat(hints(HOST, new ScanField("headers.Country", FieldLocation.HEADER, "Country", "DE"))).isEmpty();
        assertThat(hints(HOST, new ScanField("$.country|key", FieldLocation.BODY, "country", "country"))).isEmpty();
        assertThat(hints(HOST, new ScanField("url", FieldLocation.URL, null, "https://api.example.com/de")))
                .isEmpty();
    }

    @Test
    void findsACountryFieldAfterManyOthers() {
        List<ScanField> fields = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            fields.add(body("k" + i, "value " + i));
        }
        fields.add(body("country", "BR"));
        assertThat(RegionHints.of(HOST, fields).regionHints()).containsExactly("BR");
    }
}
