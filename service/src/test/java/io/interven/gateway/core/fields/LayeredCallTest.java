package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.core.SanitizedCall;
import io.interven.gateway.core.Sanitizer;
import io.interven.spi.AgentRef;
import io.interven.spi.DataClasses;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A secret is found however the agent wraps it, its finding names the field path, and the sanitizer removes it
 * from every layer while keeping each layer's encoding.
 */
class LayeredCallTest {
    static final String SECRET = "tok_9fQ2xLr7Wm4Zp8Kd3Vb6";
    static final Pattern TOKEN = Pattern.compile("tok_[A-Za-z0-9]{20}");
    static final ObjectMapper JSON = new ObjectMapper();

    /** A stand-in detector: finds tok_ tokens in each field, as a real one would. */
    static List<Finding> detect(List<ScanField> fields) {
        List<Finding> findings = new ArrayList<>();
        for (ScanField field : fields) {
            Matcher m = TOKEN.matcher(field.text());
            while (m.find()) {
                findings.add(field.finding("TEST_TOKEN", DataClasses.SECRETS, m.start(), m.end(), 0.9, "test"));
            }
        }
        return findings;
    }

    static CallInput call(String url, Map<String, String> headers, JsonNode body) {
        return new CallInput(UUID.randomUUID(), "production", "salt", "POST", url, headers, body,
                body == null ? 0 : body.toString().length(), new AgentRef(UUID.randomUUID().toString(), null, null));
    }

    static List<String> pathsOfFindings(CallInput call) {
        return detect(CallSlots.of(call.url(), call.headers(), call.body()).fields()).stream().map(Finding::path).toList();
    }

    static SanitizedCall sanitize(CallInput call) {
        return new Sanitizer().sanitize(call, detect(CallSlots.of(call.url(), call.headers(), call.body()).fields()));
    }

    static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonInsideAStringIsScannedAndRebuiltAsJson() throws Exception {
        JsonNode body = JSON.readTree("{\"payload\": \"{\\\"token\\\": \\\"" + SECRET + "\\\", \\\"n\\\": 1}\"}");
        CallInput call = call("https://x.example/api", Map.of(), body);

        assertThat(pathsOfFindings(call)).containsExactly("$.payload|json.token");
        SanitizedCall clean = sanitize(call);
        JsonNode inner = JSON.readTree(clean.body().get("payload").asText());
        assertThat(inner.get("token").asText()).isEqualTo("[REDACTED:TEST_TOKEN]");
        assertThat(inner.get("n").asInt()).isEqualTo(1);
        assertThat(clean.redactions()).isEqualTo(1);
    }

    @Test
    void aFormBodyKeepsItsUntouchedPairsAsWritten() {
        String form = "a=1&note=use+" + SECRET + "+now&b=x%2Fy";
        CallInput call = call("https://x.example/submit",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), TextNode.valueOf(form));

        assertThat(pathsOfFindings(call)).containsExactly("$|form.note");
        String clean = sanitize(call).body().asText();
        assertThat(clean).startsWith("a=1&note=").endsWith("&b=x%2Fy").doesNotContain(SECRET)
                .contains("%5BREDACTED%3ATEST_TOKEN%5D");
    }

    @Test
    void queryValuesAreDecodedAndTheSanitizedUrlKeepsItsShape() {
        CallInput call = call("https://x.example/hook?user=ann&key=" + SECRET + "&empty", Map.of(), null);

        assertThat(pathsOfFindings(call)).containsExactly("query.key");
        SanitizedCall clean = sanitize(call);
        assertThat(clean.url()).startsWith("https://x.example/hook?user=ann&key=").endsWith("&empty")
                .doesNotContain(SECRET);
    }

    @Test
    void base64OfJsonIsDecodedAndReEncoded() throws Exception {
        String blob = b64("{\"api_token\": \"" + SECRET + "\"}");
        CallInput call = call("https://x.example/in", Map.of(), JSON.createObjectNode().put("data", blob));

        assertThat(pathsOfFindings(call)).containsExactly("$.data|base64|json.api_token");
        String rebuilt = sanitize(call).body().get("data").asText();
        String decoded = new String(Base64.getDecoder().decode(rebuilt), StandardCharsets.UTF_8);
        assertThat(JSON.readTree(decoded).get("api_token").asText()).isEqualTo("[REDACTED:TEST_TOKEN]");
    }

    @Test
    void percentEncodedTextIsDecoded() {
        CallInput call = call("https://x.example/in", Map.of(),
                JSON.createObjectNode().put("q", "token%3D" + SECRET + "%26x%3D1"));

        assertThat(pathsOfFindings(call)).hasSize(1).allMatch(p -> p.startsWith("$.q|url"));
        assertThat(sanitize(call).body().get("q").asText()).doesNotContain(SECRET);
    }

    @Test
    void basicAuthIsDecodedAndReEncoded() {
        CallInput call = call("https://x.example/in", Map.of("Authorization", "Basic " + b64("user:" + SECRET)), null);

        assertThat(pathsOfFindings(call)).containsExactly("headers.Authorization|basic");
        String header = sanitize(call).headers().get("Authorization");
        assertThat(header).startsWith("Basic ");
        assertThat(new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8))
                .isEqualTo("user:[REDACTED:TEST_TOKEN]");
    }

    @Test
    void objectKeysAreScannedAndRenamedWhenSensitive() throws Exception {
        JsonNode body = JSON.readTree("{\"" + SECRET + "\": {\"ok\": true}, \"other\": 2}");
        CallInput call = call("https://x.example/in", Map.of(), body);

        assertThat(pathsOfFindings(call)).containsExactly("$." + SECRET + "|key");
        JsonNode clean = sanitize(call).body();
        assertThat(clean.toString()).doesNotContain(SECRET);
        assertThat(clean.get("[REDACTED:TEST_TOKEN]").get("ok").asBoolean()).isTrue();
        assertThat(clean.get("other").asInt()).isEqualTo(2);
    }

    @Test
    void nestingIsBoundedInDepth() {
        String text = SECRET;
        for (int i = 0; i < 8; i++) {
            text = b64("{\"v\": \"" + text + "\"}");
        }
        CallInput call = call("https://x.example/in", Map.of(), JSON.createObjectNode().put("data", text));

        List<ScanField> fields = CallSlots.of(call.url(), call.headers(), call.body()).fields();
        assertThat(fields.stream().mapToInt(f -> f.path().split("\\|base64").length - 1).max().orElse(0))
                .isLessThanOrEqualTo(DecodeBudget.MAX_DEPTH);
    }

    @Test
    void randomTokensAndHexAreNotMistakenForBase64() {
        CallInput call = call("https://x.example/in", Map.of(), JSON.createObjectNode()
                .put("sha", "3f786850e387550fdab836ed7e6dc881de23001b")
                .put("key", "ax1xcHCBjAmQGrQTKwXDGiVVJgjaFiRi"));

        assertThat(CallSlots.of(call.url(), call.headers(), call.body()).fields()).extracting(ScanField::path)
                .noneMatch(p -> p.contains("|base64"));
    }
}
