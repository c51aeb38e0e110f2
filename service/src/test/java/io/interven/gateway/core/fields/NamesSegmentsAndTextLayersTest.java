package io.interven.gateway.core.fields;

import static io.interven.gateway.core.fields.LayeredCallTest.JSON;
import static io.interven.gateway.core.fields.LayeredCallTest.SECRET;
import static io.interven.gateway.core.fields.LayeredCallTest.b64;
import static io.interven.gateway.core.fields.LayeredCallTest.call;
import static io.interven.gateway.core.fields.LayeredCallTest.pathsOfFindings;
import static io.interven.gateway.core.fields.LayeredCallTest.sanitize;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.core.SanitizedCall;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The paths of the places added to scanning (names, path segments, every JSON occurrence, trailing text), and how
 * the sanitizer writes each back: renamed, re-encoded, spliced into the text as written.
 */
class NamesSegmentsAndTextLayersTest {
    static final String OTHER = "tok_1aB2cD3eF4gH5iJ6kL7m";
    static final String MARKER = "[REDACTED:TEST_TOKEN]";

    static String percentAll(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }

    @Test
    void aHeaderNameIsScannedAndRenamedToItsMarker() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "text/plain");
        headers.put(SECRET, "1");
        CallInput call = call("https://x.example/in", headers, null);

        assertThat(pathsOfFindings(call)).containsExactly("headers." + SECRET + "|name");
        assertThat(sanitize(call).headers()).containsOnly(Map.entry("Accept", "text/plain"),
                Map.entry(MARKER, "1"));
    }

    @Test
    void queryAndFormNamesAreScannedAndReEncodedInPlace() {
        CallInput query = call("https://x.example/in?a=1&" + SECRET + "=2&" + SECRET + "=3", Map.of(), null);
        assertThat(pathsOfFindings(query)).containsExactly("query." + SECRET + "|name",
                "query." + SECRET + "[1]|name");
        assertThat(sanitize(query).url()).isEqualTo("https://x.example/in?a=1&%5BREDACTED%3ATEST_TOKEN%5D=2"
                + "&%5BREDACTED%3ATEST_TOKEN%5D=3");

        CallInput form = call("https://x.example/in", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                TextNode.valueOf("title=hi&" + SECRET + "=x+y"));
        assertThat(pathsOfFindings(form)).containsExactly("$|form." + SECRET + "|name");
        assertThat(sanitize(form).body().asText()).isEqualTo("title=hi&%5BREDACTED%3ATEST_TOKEN%5D=x+y");
    }

    @Test
    void aPathSegmentIsDecodedLenientlyAndReplacedInTheUrl() {
        CallInput call = call("https://x.example/v1/" + percentAll(SECRET) + "/items/%zz%41-" + percentAll(OTHER)
                + "?q=1", Map.of(), null);

        assertThat(pathsOfFindings(call)).containsExactly("url.path[1]", "url.path[3]");
        assertThat(CallSlots.of(call.url(), call.headers(), call.body()).fields()).extracting(ScanField::text).contains("%zzA-" + OTHER);
        assertThat(sanitize(call).url()).isEqualTo("https://x.example/v1/%5BREDACTED%3ATEST_TOKEN%5D/items/"
                + "%25zzA-%5BREDACTED%3ATEST_TOKEN%5D?q=1");
    }

    @Test
    void segmentsWithFindingsCanBeRedactedInTheUrlAsTracesKeepIt() {
        CallInput call = call("https://x.example/v1/" + percentAll(SECRET) + "/items/" + percentAll(OTHER)
                + "?q=1#top", Map.of(), null);
        List<Finding> findings = LayeredCallTest.detect(CallSlots.of(call.url(), call.headers(), call.body()).fields());

        assertThat(UrlPathSegments.withFoundSegmentsRedacted(call.url(), findings)).isEqualTo(
                "https://x.example/v1/%5BREDACTED%3ATEST_TOKEN%5D/items/%5BREDACTED%3ATEST_TOKEN%5D?q=1#top");
        assertThat(UrlPathSegments.withFoundSegmentsRedacted(call.url(), List.of())).isEqualTo(call.url());
    }

    @Test
    void aPlainFindingInTheUrlAndAnEncodedSegmentAreBothRedactedInPlace() {
        CallInput call = call("https://x.example/" + SECRET + "/" + percentAll(OTHER) + "/end", Map.of(), null);

        // the plain segment holds a digit: it is scanned on its own too, and its value redacted there
        assertThat(pathsOfFindings(call)).containsExactlyInAnyOrder("url", "url.path[0]", "url.path[1]");
        assertThat(sanitize(call).url()).isEqualTo("https://x.example/%5BREDACTED%3ATEST_TOKEN%5D/%5BREDACTED%3ATEST_TOKEN%5D/end");
    }

    @Test
    void everyOccurrenceOfAKeyInJsonTextIsScannedAndTheTextKeepsItsShape() throws Exception {
        String inner = "{\"t\": \"" + SECRET + "\", \"t\": \"hi\",\n \"t\": \"" + OTHER + "\", \"n\": 1}";
        CallInput call = call("https://x.example/in", Map.of(), JSON.createObjectNode().put("payload", inner));

        assertThat(pathsOfFindings(call)).containsExactly("$.payload|json.t", "$.payload|json.t~3");
        assertThat(sanitize(call).body().get("payload").asText())
                .isEqualTo("{\"t\": \"" + MARKER + "\", \"t\": \"hi\",\n \"t\": \"" + MARKER + "\", \"n\": 1}");
    }

    @Test
    void textAfterAJsonValueIsScannedAsTrailingText() {
        CallInput call = call("https://x.example/in", Map.of(), TextNode.valueOf("{\"a\":1} use " + SECRET));

        assertThat(pathsOfFindings(call)).containsExactly("$|trailing");
        assertThat(sanitize(call).body().asText()).isEqualTo("{\"a\":1} use " + MARKER);
    }

    @Test
    void multipartPartsAreScannedWithTheirTransferEncodings() {
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nplain " + SECRET + "\r\n"
                + "--XyZ\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64("in base64 " + OTHER) + "\r\n"
                + "--XyZ\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nqp =74ok=5F" + SECRET.substring(4)
                + "\r\n--XyZ--\r\n";
        CallInput call = call("https://x.example/in", Map.of("Content-Type", "multipart/form-data; boundary=XyZ"),
                TextNode.valueOf(body));

        assertThat(pathsOfFindings(call)).containsExactly("$|multipart[0].body", "$|multipart[1].body|base64",
                "$|multipart[2].body|qp");
        String clean = sanitize(call).body().asText();
        assertThat(clean).startsWith("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nplain " + MARKER)
                .endsWith("\r\n--XyZ--\r\n").doesNotContain(SECRET).doesNotContain(b64("in base64 " + OTHER))
                .contains(b64("in base64 " + MARKER)).contains("\r\n\r\nqp " + MARKER + "\r\n");
    }

    @Test
    void wrappedAndCompressedBase64KeepTheirShapeWhenRebuilt() throws Exception {
        String text = "the token is " + SECRET + " and this sentence goes on long enough to need several lines";
        String wrapped = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(text.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        String gz = Base64.getEncoder().encodeToString(zipped.toByteArray());
        CallInput call = call("https://x.example/in", Map.of(),
                JSON.createObjectNode().put("wrapped", wrapped).put("gz", gz));

        assertThat(pathsOfFindings(call)).containsExactly("$.wrapped|base64", "$.gz|base64|gzip");
        JsonNode clean = sanitize(call).body();
        String rewrapped = clean.get("wrapped").asText();
        assertThat(rewrapped.split("\r\n")[0]).hasSize(76);
        assertThat(new String(Base64.getMimeDecoder().decode(rewrapped), StandardCharsets.UTF_8))
                .isEqualTo(text.replace(SECRET, MARKER));
        byte[] gzipped = Base64.getDecoder().decode(clean.get("gz").asText());
        assertThat(new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))
                .readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text.replace(SECRET, MARKER));
    }

    @Test
    void base64InsideProseIsDecodedAndSplicedBack() {
        String blob = b64("{\"token\": \"" + SECRET + "\"}");
        CallInput call = call("https://x.example/in", Map.of(), JSON.createObjectNode()
                .put("text", "please decode " + blob + " and also " + OTHER));

        assertThat(pathsOfFindings(call)).containsExactlyInAnyOrder("$.text", "$.text|run[0]|base64|json.token");
        String clean = sanitize(call).body().get("text").asText();
        assertThat(clean).startsWith("please decode ").endsWith(" and also " + MARKER).doesNotContain(blob);
        String rebuiltBlob = clean.substring("please decode ".length(), clean.indexOf(" and also"));
        assertThat(new String(Base64.getDecoder().decode(rebuiltBlob), StandardCharsets.UTF_8))
                .isEqualTo("{\"token\": \"" + MARKER + "\"}");
    }

    /** A value without white space holds an encoding behind a prefix or inside a call as prose does. */
    @Test
    void anEncodingBehindAPrefixInAValueWithoutWhiteSpaceIsDecoded() {
        StringBuilder hex = new StringBuilder();
        for (byte b : SECRET.getBytes(StandardCharsets.UTF_8)) {
            hex.append(String.format("%02x", b));
        }
        CallInput call = call("https://x.example/in", Map.of(), JSON.createObjectNode()
                .put("prefixed", "v1:" + b64(SECRET))
                .put("call", "bytes.fromhex('" + hex + "')")
                .put("plain", "id:" + "q8Zx1Vb7Nm3Kp5Lr9Ty2Wc4Hq8Zx1Vb7"));

        assertThat(pathsOfFindings(call)).containsExactlyInAnyOrder("$.prefixed|run[0]|base64", "$.call|run[0]|hex");
        JsonNode clean = sanitize(call).body();
        assertThat(clean.get("prefixed").asText()).isEqualTo("v1:" + b64(MARKER));
        assertThat(clean.get("plain").asText()).isEqualTo("id:q8Zx1Vb7Nm3Kp5Lr9Ty2Wc4Hq8Zx1Vb7");
    }

    /**
     * The claims of a token sent whole as a value are read: an unsigned token whose claims hold a token. (Its signature
     * is never read as a value of its own: JwtIssuerBindingTest, a signature that decodes to text under access_token.)
     */
    @Test
    void theClaimsOfATokenSentAsAValueAreRead() {
        java.util.Base64.Encoder url = java.util.Base64.getUrlEncoder().withoutPadding();
        String claims = url.encodeToString(("{\"sub\":\"u1\",\"note\":\"" + SECRET + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        String unsigned = url.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + claims
                + ".";
        CallInput call = call("https://x.example/in", Map.of(), JSON.createObjectNode().put("session", unsigned));

        assertThat(pathsOfFindings(call)).containsExactly("$.session|run[0]|base64|json.note");
    }

    /** One character added to an encoding leaves the rest one: it is decoded without it, and stays as written. */
    @Test
    void anEncodingWithACharacterTooManyAtEitherEndIsDecoded() {
        StringBuilder hex = new StringBuilder();
        for (byte b : SECRET.getBytes(StandardCharsets.UTF_8)) {
            hex.append(String.format("%02x", b));
        }
        String padded = b64(SECRET + "!");
        CallInput call = call("https://x.example/in", Map.of(), JSON.createObjectNode()
                .put("trailing", padded + "A")
                .put("hexTrailing", hex + "7")
                .put("hexLeading", "7" + hex)
                .put("prose", "see " + padded + "Q today"));

        assertThat(pathsOfFindings(call)).containsExactlyInAnyOrder("$.trailing|run[0]|base64",
                "$.hexTrailing|run[0]|hex", "$.hexLeading|run[0]|hex", "$.prose|run[0]|base64");
        JsonNode clean = sanitize(call).body();
        assertThat(clean.get("trailing").asText()).isEqualTo(b64(MARKER + "!") + "A");
        assertThat(clean.toString()).doesNotContain(padded).doesNotContain(hex.toString());
    }

    @Test
    void hexHtmlReferencesAndDataUrisAreDecoded() {
        StringBuilder hex = new StringBuilder();
        for (byte b : ("key " + SECRET).getBytes(StandardCharsets.UTF_8)) {
            hex.append(String.format("%02x", b));
        }
        CallInput call = call("https://x.example/in", Map.of(), JSON.createObjectNode()
                .put("hex", hex.toString())
                .put("html", "<b>&#116;&#x6f;k&lowbar;" + SECRET.substring(4) + "</b>")
                .put("data", "data:text/plain;base64," + b64("see " + SECRET))
                .put("data2", "data:," + percentAll(OTHER)));

        assertThat(pathsOfFindings(call)).containsExactly("$.hex|hex", "$.html|html", "$.data|data",
                "$.data2|data");
        JsonNode clean = sanitize(call).body();
        assertThat(clean.get("html").asText()).isEqualTo("&lt;b&gt;" + MARKER + "&lt;/b&gt;");
        assertThat(clean.get("data").asText()).isEqualTo("data:text/plain;base64," + b64("see " + MARKER));
        assertThat(clean.get("data2").asText()).isEqualTo("data:,%5BREDACTED%3ATEST_TOKEN%5D");
        assertThat(clean.toString()).doesNotContain(hex.toString());
    }

    @Test
    void stringLiteralEscapesAreDecodedAndWrittenBackAsTheyRead() {
        StringBuilder unicode = new StringBuilder();
        SECRET.chars().forEach(c -> unicode.append(String.format("\\u%04x", c)));
        CallInput call = call("https://x.example/in", Map.of(), JSON.createObjectNode()
                .put("js", "const t = \"" + unicode + "\";\\nnext")
                .put("py", "t = '\\x74" + SECRET.substring(1) + "'")
                .put("kept", "a \\\\u0074ok and \\xZZ and \\u{zz}"));

        assertThat(pathsOfFindings(call)).containsExactly("$.js|esc", "$.py|esc");
        JsonNode clean = sanitize(call).body();
        assertThat(clean.get("js").asText()).isEqualTo("const t = \"" + MARKER + "\";\\nnext");
        assertThat(clean.get("py").asText()).isEqualTo("t = '" + MARKER + "'");
        assertThat(clean.get("kept").asText()).isEqualTo("a \\\\u0074ok and \\xZZ and \\u{zz}");
    }

    static String tags(String ascii) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.appendCodePoint(0xE0000 + c));
        return out.toString();
    }

    @Test
    void textSpelledInUnicodeTagCharactersIsReadAndWrittenBackAsTags() {
        String flag = "\uD83C\uDFF4" + tags("gbsct") + "\uDB40\uDC7F";
        CallInput call = call("https://x.example/in", Map.of(), JSON.createObjectNode()
                .put("note", "hello" + tags("key " + SECRET) + " and bye")
                .put("flag", "go " + flag));

        assertThat(pathsOfFindings(call)).containsExactly("$.note|run[0]|tags");
        JsonNode clean = sanitize(call).body();
        assertThat(clean.get("note").asText()).isEqualTo("hello" + tags("key " + MARKER) + " and bye");
        assertThat(clean.has("flag")).isTrue();
        assertThat(clean.get("flag").asText()).isEqualTo("go " + flag);
    }

    static String selectorBytes(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int value = b & 0xFF;
            out.appendCodePoint(value < 16 ? 0xFE00 + value : 0xE0100 + value - 16);
        }
        return out.toString();
    }

    @Test
    void bytesHiddenInVariationSelectorsAreReadAndWrittenBackAsSelectors() {
        String heart = "\u2764\uFE0F";
        CallInput call = call("https://x.example/in", Map.of(), JSON.createObjectNode()
                .put("note", "nice \uD83D\uDE00" + selectorBytes("key " + SECRET) + " see you")
                .put("heart", "love " + heart + heart));

        assertThat(pathsOfFindings(call)).containsExactly("$.note|run[0]|vs");
        JsonNode clean = sanitize(call).body();
        assertThat(clean.get("note").asText())
                .isEqualTo("nice \uD83D\uDE00" + selectorBytes("key " + MARKER) + " see you");
        assertThat(clean.get("heart").asText()).isEqualTo("love " + heart + heart);
    }

    @Test
    void layersNestBeyondFourLevels() {
        String form = "a=1&note=" + java.net.URLEncoder.encode(b64("key " + SECRET), StandardCharsets.UTF_8);
        String blob = b64(JSON.createObjectNode().put("form", form).toString());
        CallInput call = call("https://x.example/in", Map.of(), JSON.createObjectNode()
                .put("wrapper", JSON.createObjectNode().put("payload", blob).toString()));

        assertThat(pathsOfFindings(call))
                .containsExactly("$.wrapper|json.payload|base64|json.form|form.note|base64");
        assertThat(sanitize(call).body().toString()).doesNotContain(blob);
    }

    @Test
    void numbersInJsonTextReadAsPlainDigits() {
        CallInput call = call("https://x.example/in", Map.of(), JSON.createObjectNode()
                .put("payload", "{\"card\": 4.111111111111111E15, \"other\": 4111111111111111.0}"));

        assertThat(CallSlots.of(call.url(), call.headers(), call.body()).fields()).extracting(ScanField::path, ScanField::text)
                .contains(org.assertj.core.groups.Tuple.tuple("$.payload|json.card", "4111111111111111"),
                        org.assertj.core.groups.Tuple.tuple("$.payload|json.other", "4111111111111111"));
    }

    @Test
    void aSanitizedHeaderNameDoesNotCollideWithAnother() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SECRET, "a");
        headers.put(OTHER, "b");
        SanitizedCall clean = sanitize(call("https://x.example/in", headers, null));

        assertThat(clean.headers()).hasSize(2).containsValues("a", "b").containsKeys(MARKER, MARKER + "~2");
    }
}
