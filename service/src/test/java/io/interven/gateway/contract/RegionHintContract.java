package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Region hints over real HTTP: a phone number written in the national format of a country that only the call names
 * (a country or locale field of the body, the host's country-code domain) is PII sent to an unknown destination and
 * is sanitized, with the country field kept; the same number in a call that names no country is not read as a
 * phone number. Run once per database.
 */
abstract class RegionHintContract extends GatewayContract {
    /** A Warsaw number: valid in Poland, in none of the regions the gateway reads without a hint. */
    static final String NATIONAL_NUMBER = "22 123 45 67";
    static final String NOTE = "the customer wrote from " + NATIONAL_NUMBER + " yesterday";

    static Map<String, Object> note(String url, Map<String, Object> body) {
        return Map.of("method", "POST", "url", url, "headers", Map.of("Content-Type", "application/json"),
                "body", body);
    }

    static Map<String, Object> body(String key, String value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("note", NOTE);
        if (key != null) {
            body.put("customer", Map.of(key, value));
        }
        return body;
    }

    private static JsonNode scanned(TenantFixture tenant, Map<String, Object> request) {
        HttpResult answer = tenant.scan(request);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void aNationalNumberOfTheCountryTheBodyNamesIsSanitized() {
        JsonNode json = scanned(newTenant(), note("https://crm.example.org/api/notes", body("country", "PL")));

        assertThat(json.get("decision").asText()).as(json.toString()).isEqualTo("SANITIZE");
        String sanitized = json.get("sanitized_body").get("note").asText();
        assertThat(sanitized).doesNotContain(NATIONAL_NUMBER).contains("[REDACTED:PHONE_NUMBER]");
        assertThat(json.get("sanitized_body").at("/customer/country").asText()).isEqualTo("PL");
        assertThat(json.toString()).doesNotContain(NATIONAL_NUMBER);
    }

    @Test
    void theSameNumberInACallThatNamesNoCountryIsNotAPhoneNumber() {
        JsonNode json = scanned(newTenant(), note("https://crm.example.org/api/notes", body(null, null)));

        assertThat(json.get("decision").asText()).as(json.toString()).isEqualTo("ALLOW");
        assertThat(json.path("findings")).isEmpty();
    }

    @Test
    void aLocaleOrTheHostsCountryCodeIsAHintToo() {
        TenantFixture tenant = newTenant();

        JsonNode byLocale = scanned(tenant, note("https://crm.example.org/api/notes", body("locale", "pl_PL")));
        JsonNode byHost = scanned(tenant, note("https://crm.example.com.pl/api/notes", body(null, null)));
        JsonNode byBrand = scanned(tenant, note("https://crm.example.io/api/notes", body(null, null)));

        assertThat(byLocale.get("decision").asText()).isEqualTo("SANITIZE");
        assertThat(byHost.get("decision").asText()).isEqualTo("SANITIZE");
        assertThat(byBrand.get("decision").asText()).as(".io is a brand, not a country").isEqualTo("ALLOW");
    }
}
