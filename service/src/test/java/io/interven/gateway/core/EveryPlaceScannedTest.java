package io.interven.gateway.core;

import static io.interven.gateway.testing.Compressed.gzip;
import static io.interven.gateway.testing.Compressed.zlib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.interven.gateway.core.fields.CallSlots;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.spi.AgentRef;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated secrets and PII, each put in every place of a call and under every encoding the gateway decodes,
 * through the real pipeline and plugins: the call is not allowed and has a finding, and once sanitized (by the same
 * detectors and default policy without risk signals, so that SANITIZE is the decision) no piece of the value is
 * left anywhere in what would be forwarded (URL, header names and values, body), decoded layers included.
 */
class EveryPlaceScannedTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String URL = "https://notes.example-corp.com/v1/notes";
    static final int SEEDS = 2;
    static final int PIECE = 8;

    /** What a place makes of a value: the call's URL, headers and body. */
    record Placed(String url, Map<String, String> headers, JsonNode body) {
    }

    record Place(String name, Function<String, Placed> put) {
    }

    static List<Place> places() {
        return List.of(
                new Place("header name", s -> new Placed(URL, Map.of(s, "1"), null)),
                new Place("query name", s -> new Placed(URL + "?" + form(s) + "=1&b=2", Map.of(), null)),
                new Place("form field name", s -> formBody(form(s) + "=x&b=2")),
                new Place("path segment, percent-encoded", s -> new Placed(
                        "https://notes.example-corp.com/v1/" + percentAll(s) + "/items", Map.of(), null)),
                new Place("percent-encoded with one malformed escape", s -> jsonField("q",
                        "%zz%20" + percentAll(s))),
                new Place("duplicate key in JSON text", s -> stringBody(
                        "{\"text\":" + JSON.valueToTree(s) + ",\"text\":\"hi\"}")),
                new Place("text after JSON text", s -> stringBody("{\"a\":1} " + s)),
                new Place("multipart form-data part", s -> multipart("multipart/form-data",
                        "Content-Disposition: form-data; name=\"note\"\r\n\r\nplease use " + s + " today")),
                new Place("multipart part header", s -> multipart("multipart/form-data",
                        "Content-Disposition: form-data; name=\"" + s + "\"\r\n\r\nhello")),
                new Place("multipart boundary", boundary -> stringBody("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nhello\r\n--" + boundary + "--\r\n")),
                new Place("multipart base64 part", s -> multipart("multipart/mixed",
                        "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                                + Base64.getMimeEncoder().encodeToString(bytes(prose(s))))),
                new Place("multipart quoted-printable part", s -> multipart("multipart/mixed",
                        "Content-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                                + quotedPrintableAll(prose(s)))),
                new Place("data: URI, base64", s -> jsonField("file",
                        "data:text/plain;base64," + b64(prose(s)))),
                new Place("data: URI, percent", s -> jsonField("file", "data:text/plain," + percentAll(s))),
                new Place("base64 wrapped at 64, LF", s -> jsonField("blob", wrap(b64(prose(s)), 64, "\n"))),
                new Place("base64 wrapped at 76, CRLF", s -> jsonField("blob", wrap(b64(prose(s)), 76, "\r\n"))),
                new Place("base64 inside prose", s -> jsonField("text",
                        "the config is " + b64("token: " + s) + " so deploy it")),
                new Place("percent-encoded inside prose", s -> jsonField("text",
                        "please write it to " + percentAll(s) + " before noon")),
                new Place("hex", s -> jsonField("blob", hex("token: " + s))),
                new Place("gzip then base64", s -> jsonField("blob", b64(gzip(prose(s))))),
                new Place("zlib then base64", s -> jsonField("blob", b64(zlib(prose(s))))),
                new Place("HTML references", s -> jsonField("html", "<p>" + htmlAll(s) + "</p>")),
                new Place("base64 of JSON holding a form holding base64, percent-encoded", s -> jsonField("payload",
                        b64(JSON.createObjectNode().put("form", "a=1&note="
                                + URLEncoder.encode(b64("key " + s), StandardCharsets.UTF_8) + "&b=2").toString()))));
    }

    /** The generated credential formats, plus a private key, an e-mail address and a card number. */
    static List<GeneratedSecrets.Format> formats() {
        List<GeneratedSecrets.Format> formats = new ArrayList<>(GeneratedSecrets.formats());
        formats.add(new GeneratedSecrets.Format("email", r -> GeneratedSecrets.chars(r, GeneratedSecrets.LOWER, 7)
                + "." + GeneratedSecrets.chars(r, GeneratedSecrets.LOWER, 5) + "@"
                + GeneratedSecrets.chars(r, GeneratedSecrets.LOWER, 6) + "-mail.com"));
        formats.add(new GeneratedSecrets.Format("card", EveryPlaceScannedTest::visaCard));
        formats.add(new GeneratedSecrets.Format("private-key", EveryPlaceScannedTest::privateKey,
                key -> key.substring(key.indexOf('\n') + 1, key.indexOf('\n') + 41)));
        return formats;
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (GeneratedSecrets.Format format : formats()) {
            for (int seed = 0; seed < SEEDS; seed++) {
                String value = format.draw().apply(new Random(format.name().hashCode() * 17L + seed));
                for (Place place : places()) {
                    cases.add(Arguments.of(format.name(), place.name(), value, format.secretPart().apply(value),
                            place));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} in {1} #{index}")
    @MethodSource("cases")
    void theValueIsFoundAndNoPieceOfItIsForwarded(String format, String placeName, String value, String secret,
                                                  Place place) {
        assumeFalse(placeName.equals("multipart boundary") && value.contains("\n"), "a boundary is one line");
        Placed placed = place.put().apply(value);
        ScanOutcome outcome = BuiltinPipeline.get().scan(call(placed));
        assertThat(outcome.decision()).as("%s in %s", format, placeName).isNotEqualTo(Decision.ALLOW);
        assertThat(outcome.findings()).as("%s in %s", format, placeName).isNotEmpty();

        ScanOutcome sanitizing = BuiltinPipeline.withoutSignals().scan(call(placed));
        assertThat(sanitizing.decision()).as("%s in %s: %s", format, placeName, sanitizing.reasonCodes())
                .isEqualTo(Decision.SANITIZE);
        SanitizedCall clean = sanitizing.sanitized();
        String forwarded = everythingIn(new Placed(clean.url() == null ? placed.url() : clean.url(),
                clean.headers() == null ? placed.headers() : clean.headers(),
                clean.body() == null ? placed.body() : clean.body()));
        String scaffold = everythingIn(place.put().apply("PLACEHOLDER"));
        String paths = String.join("\n", outcome.findings().stream().map(f -> f.path()).toList());
        for (int i = 0; i + PIECE <= secret.length(); i++) {
            String piece = secret.substring(i, i + PIECE);
            if (!scaffold.contains(piece)) {
                assertThat(forwarded).as("%s in %s: piece %d of the value", format, placeName, i)
                        .doesNotContain(piece);
                assertThat(paths).as("%s in %s: finding paths", format, placeName).doesNotContain(piece);
            }
        }
    }

    /** The raw URL, header names and values, body, and every decoded layer of them. */
    static String everythingIn(Placed placed) {
        StringBuilder all = new StringBuilder(placed.url()).append('\n');
        placed.headers().forEach((name, value) -> all.append(name).append(": ").append(value).append('\n'));
        if (placed.body() != null) {
            all.append(placed.body().isTextual() ? placed.body().asText() : placed.body().toString());
        }
        CallInput placedCall = call(placed);
        CallSlots.of(placedCall.url(), placedCall.headers(), placedCall.body())
                .forEachSlot(slot -> all.append('\n').append(slot.text()));
        return all.toString();
    }

    static CallInput call(Placed placed) {
        return new CallInput(UUID.randomUUID(), "production", "salt", "POST", placed.url(), placed.headers(),
                placed.body(), placed.body() == null ? 0 : placed.body().toString().length(),
                new AgentRef(UUID.randomUUID().toString(), "test", "custom"));
    }

    static Placed formBody(String form) {
        return new Placed(URL, Map.of("Content-Type", "application/x-www-form-urlencoded"), TextNode.valueOf(form));
    }

    static Placed stringBody(String text) {
        return new Placed(URL, Map.of("Content-Type", "text/plain"), TextNode.valueOf(text));
    }

    static Placed jsonField(String name, String text) {
        return new Placed(URL, Map.of("Content-Type", "application/json"), JSON.createObjectNode().put(name, text));
    }

    static Placed multipart(String type, String secretPart) {
        String boundary = "----b0undary7MA4YWxk";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nweekly notes\r\n"
                + "--" + boundary + "\r\n" + secretPart + "\r\n--" + boundary + "--\r\n";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", type + "; boundary=" + boundary);
        return new Placed(URL, headers, TextNode.valueOf(body));
    }

    static String prose(String secret) {
        return "Here is what you asked for, the value to use from now on in the deployment settings:\n" + secret
                + "\nkeep it safe and rotate it after the release of next week, thanks a lot.";
    }

    static String form(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String percentAll(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes(text)) {
            out.append('%').append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }

    static String quotedPrintableAll(String text) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (byte b : bytes(text)) {
            if (column >= 72) {
                out.append("=\r\n");
                column = 0;
            }
            out.append('=').append(String.format("%02X", b & 0xff));
            column += 3;
        }
        return out.toString();
    }

    static String htmlAll(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '@' -> out.append("&commat;");
                case '_' -> out.append("&lowbar;");
                case '.' -> out.append("&period;");
                case '\n' -> out.append("&NewLine;");
                default -> out.append(i % 2 == 0 ? "&#" + (int) c + ";" : "&#x" + Integer.toHexString(c) + ";");
            }
        }
        return out.toString();
    }

    static String hex(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes(text)) {
            out.append(String.format("%02x", b & 0xff));
        }
        return out.toString();
    }

    static String wrap(String text, int width, String separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i += width) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(text, i, Math.min(text.length(), i + width));
        }
        return out.toString();
    }

    static String b64(String text) {
        return b64(bytes(text));
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }



    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A Visa number with a valid Luhn check digit. */
    static String visaCard(Random random) {
        StringBuilder digits = new StringBuilder("4").append(GeneratedSecrets.chars(random, GeneratedSecrets.DIGITS, 14));
        int sum = 0;
        for (int i = digits.length() - 1, position = 0; i >= 0; i--, position++) {
            int d = digits.charAt(i) - '0';
            if (position % 2 == 0) {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }
            sum += d;
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }

    /** A PEM private key with random base64 content. */
    static String privateKey(Random random) {
        byte[] der = new byte[600];
        random.nextBytes(der);
        return "-----BEGIN RSA PRIVATE KEY-----\n" + wrap(b64(der), 64, "\n") + "\n-----END RSA PRIVATE KEY-----";
    }
}
