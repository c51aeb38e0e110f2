package io.interven.gateway.core;

import io.interven.gateway.core.fields.CallSlots;
import static io.interven.gateway.core.CallInputs.call;
import static io.interven.gateway.core.CallInputs.findingOf;
import static io.interven.gateway.core.CallInputs.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import io.interven.spi.DataClasses;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SanitizerTest {
    static final String BODY = """
            {"user": {"email": "jane@example.com", "age": 41, "vip": true, "nick": null},
             "items": [{"note": "ok"}, {"note": "call jane@example.com now"}, 7.5],
             "odd key": "jane@example.com"}""";

    private final Sanitizer sanitizer = new Sanitizer();

    @Test
    void redactsFindingsInPlaceAndKeepsStructureAndTypes() {
        CallInput call = call("POST", "https://x.example/api", Map.of(), BODY);

        SanitizedCall result = sanitizer.sanitize(call, List.of(
                findingOf(call, "$.user.email", "jane@example.com", "EMAIL_ADDRESS", DataClasses.PII),
                findingOf(call, "$.items[1].note", "jane@example.com", "EMAIL_ADDRESS", DataClasses.PII),
                findingOf(call, "$['odd key']", "jane@example.com", "EMAIL_ADDRESS", DataClasses.PII)));

        assertThat(result.body()).isEqualTo(json("""
                {"user": {"email": "[REDACTED:EMAIL_ADDRESS]", "age": 41, "vip": true, "nick": null},
                 "items": [{"note": "ok"}, {"note": "call [REDACTED:EMAIL_ADDRESS] now"}, 7.5],
                 "odd key": "[REDACTED:EMAIL_ADDRESS]"}"""));
        assertThat(result.body().get("user").get("age").isInt()).isTrue();
        assertThat(result.body().get("user").get("vip").isBoolean()).isTrue();
        assertThat(result.body().get("user").get("nick").isNull()).isTrue();
        assertThat(result.body().get("items").get(2).isDouble()).isTrue();
        assertThat(result.redactions()).isEqualTo(3);
        assertThat(result.url()).isNull();
        assertThat(result.headers()).isNull();
    }

    @Test
    void theOriginalBodyIsLeftUntouched() {
        CallInput call = call("POST", "https://x.example/api", Map.of(), BODY);
        JsonNode before = call.body().deepCopy();

        sanitizer.sanitize(call, List.of(
                findingOf(call, "$.user.email", "jane@example.com", "EMAIL_ADDRESS", DataClasses.PII)));

        assertThat(call.body()).isEqualTo(before);
    }

    @Test
    void aNumberHoldingAFindingBecomesItsMarker() {
        CallInput call = call("POST", "https://x.example/pay", Map.of(), "{\"card\": 4111111111111111, \"n\": 2}");

        SanitizedCall result = sanitizer.sanitize(call,
                List.of(findingOf(call, "$.card", "4111111111111111", "CREDIT_CARD", DataClasses.PII)));

        assertThat(result.body().get("card").asText()).isEqualTo("[REDACTED:CREDIT_CARD]");
        assertThat(result.body().get("n").isInt()).isTrue();
    }

    @Test
    void aBareStringBodyIsRedacted() {
        CallInput call = call("POST", "https://x.example/api", Map.of(), "\"mail jane@example.com\"");

        SanitizedCall result = sanitizer.sanitize(call,
                List.of(findingOf(call, "$", "jane@example.com", "EMAIL_ADDRESS", DataClasses.PII)));

        assertThat(result.body().isTextual()).isTrue();
        assertThat(result.body().asText()).isEqualTo("mail [REDACTED:EMAIL_ADDRESS]");
    }

    @Test
    void urlAndHeaderFindingsAreRedactedAndOtherHeadersKept() {
        String token = "tok_q7x9k2m4";
        CallInput call = call("GET", "https://x.example/hooks/" + token + "/send?q=1",
                Map.of("Authorization", "Bearer " + token, "Accept", "application/json"), null);

        SanitizedCall result = sanitizer.sanitize(call, List.of(
                findingOf(call, CallSlots.URL_PATH, token, "TOKEN", DataClasses.SECRETS),
                findingOf(call, "headers.Authorization", token, "TOKEN", DataClasses.SECRETS)));

        assertThat(result.url()).isEqualTo("https://x.example/hooks/%5BREDACTED%3ATOKEN%5D/send?q=1");
        assertThat(result.headers()).containsExactlyInAnyOrderEntriesOf(
                Map.of("Authorization", "Bearer [REDACTED:TOKEN]", "Accept", "application/json"));
        assertThat(call.headers().get("Authorization")).isEqualTo("Bearer " + token);
        assertThat(result.body()).isNull();
        assertThat(result.redactions()).isEqualTo(2);
    }

    @Test
    void aQueryValueIsRedactedAndReEncodedLeavingTheOtherPairs() {
        String token = "tok_q7x9k2m4";
        CallInput call = call("GET", "https://x.example/api?key=" + token + "&q=a%20b", Map.of(), null);

        SanitizedCall result = sanitizer.sanitize(call,
                List.of(findingOf(call, "query.key", token, "TOKEN", DataClasses.SECRETS)));

        assertThat(result.url()).isEqualTo("https://x.example/api?key="
                + URLEncoder.encode("[REDACTED:TOKEN]", StandardCharsets.UTF_8) + "&q=a%20b");
        assertThat(result.url()).doesNotContain(token);
        assertThat(result.headers()).isNull();
    }

    @Test
    void aFragmentValueIsRedactedAndTheRestOfTheUrlKept() {
        String token = "tok_q7x9k2m4";
        CallInput call = call("GET", "https://x.example/cb?q=a%20b#access_token=" + token + "&state=s1", Map.of(),
                null);

        SanitizedCall result = sanitizer.sanitize(call,
                List.of(findingOf(call, "fragment.access_token", token, "TOKEN", DataClasses.SECRETS)));

        assertThat(result.url()).isEqualTo("https://x.example/cb?q=a%20b#access_token="
                + URLEncoder.encode("[REDACTED:TOKEN]", StandardCharsets.UTF_8) + "&state=s1");
    }

    @Test
    void aFindingElsewhereInTheUrlKeepsTheFragment() {
        String token = "tok_q7x9k2m4";
        CallInput call = call("GET", "https://x.example/hooks/" + token + "#top", Map.of(), null);

        SanitizedCall result = sanitizer.sanitize(call,
                List.of(findingOf(call, CallSlots.URL_PATH, token, "TOKEN", DataClasses.SECRETS)));

        assertThat(result.url()).isEqualTo("https://x.example/hooks/%5BREDACTED%3ATOKEN%5D#top");
    }

    /**
     * A value redacted in the user information, a host label, a path parameter or a path segment as written leaves
     * a URL that still parses: its marker is percent-encoded there as in the query.
     */
    @Test
    void aSanitizedUrlParsesWhereverTheRedactedValueStood() throws Exception {
        String token = "tok_q7x9k2m4";
        for (String url : List.of("https://user:" + token + "@x.example/a", "https://" + token + ".x.example/a",
                "https://x.example/a;key=" + token + "/b", "https://x.example/a/" + token + "?q=1#f")) {
            CallInput call = call("GET", url, Map.of(), null);
            SanitizedCall result = sanitizer.sanitize(call,
                    List.of(findingOf(call, CallSlots.URL_PATH, token, "TOKEN", DataClasses.SECRETS)));

            assertThat(result.url()).as(url).doesNotContain(token).contains("%5BREDACTED%3ATOKEN%5D");
            java.net.URI parsed = new java.net.URI(result.url());
            assertThat(parsed.getScheme()).as(url).isEqualTo("https");
        }
        assertThat(io.interven.gateway.core.fields.SpanRedactor.withUrlSafeMarkers("https://[::1]/[REDACTED:]x"))
                .as("brackets that are no marker are left alone").isEqualTo("https://[::1]/[REDACTED:]x");
    }

    @Test
    void jsonInsideAStringStaysAStringOfJson() {
        CallInput call = call("POST", "https://x.example/api", Map.of(),
                "{\"payload\": \"{\\\"to\\\": \\\"jane@example.com\\\", \\\"n\\\": 1}\"}");

        SanitizedCall result = sanitizer.sanitize(call, List.of(
                findingOf(call, "$.payload|json.to", "jane@example.com", "EMAIL_ADDRESS", DataClasses.PII)));

        assertThat(result.body().get("payload").isTextual()).isTrue();
        assertThat(json(result.body().get("payload").asText()))
                .isEqualTo(json("{\"to\": \"[REDACTED:EMAIL_ADDRESS]\", \"n\": 1}"));
    }

    @Test
    void aKeyHoldingAFindingIsRenamed() {
        CallInput call = call("POST", "https://x.example/api", Map.of(), "{\"jane@example.com\": {\"vip\": true}}");

        SanitizedCall result = sanitizer.sanitize(call, List.of(findingOf(call, "$['jane@example.com']|key",
                "jane@example.com", "EMAIL_ADDRESS", DataClasses.PII)));

        assertThat(result.body()).isEqualTo(json("{\"[REDACTED:EMAIL_ADDRESS]\": {\"vip\": true}}"));
    }
}
