package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.interven.gateway.core.normalize.TextNormalizer;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.spi.AgentRef;
import io.interven.spi.Finding;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An AWS secret access key beside its access key id, in every kind of neighbourhood, through the real pipeline:
 * found as {@code AWS_SECRET_ACCESS_KEY} and redacted. Values of other shapes, or away from a key id, are not.
 */
class PairedSecretsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BASE64 = GeneratedSecrets.ALNUM + "+/";
    static final int SEEDS = 6;

    /** A call: URL, headers and body, built around a key id and a second value. */
    record Layout(String name, BiFunction<String, String, Call> build) {
    }

    record Call(String url, Map<String, String> headers, JsonNode body) {
        static Call body(JsonNode body) {
            return new Call("https://notes.example-corp.com/v1/notes", Map.of("Content-Type", "application/json"),
                    body);
        }
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static List<Layout> beside() {
        return List.of(
                new Layout("sibling-keys", (id, s) -> Call.body(JSON.createObjectNode().put("id", id).put("key", s))),
                new Layout("nested-object", (id, s) -> {
                    ObjectNode body = JSON.createObjectNode();
                    body.putObject("credentials").put("a", id).put("b", s);
                    body.put("region", "eu-west-1");
                    return Call.body(body);
                }),
                new Layout("query", (id, s) -> new Call("https://api.example-corp.com/v1/ingest?id=" + id + "&s="
                        + URLEncoder.encode(s, StandardCharsets.UTF_8) + "&region=eu", Map.of(), null)),
                new Layout("form-body", (id, s) -> new Call("https://forms.example-corp.com/submit",
                        Map.of("Content-Type", "application/x-www-form-urlencoded"),
                        TextNode.valueOf("user=ann&access=" + id + "&secret="
                                + URLEncoder.encode(s, StandardCharsets.UTF_8)))),
                new Layout("headers", (id, s) -> new Call("https://api.example-corp.com/v1/ingest",
                        Map.of("X-Key-Id", id, "X-Key-Secret", s), null)),
                new Layout("array", (id, s) -> Call.body(parse("{\"pair\": [\"" + id + "\", \"" + s + "\"]}"))),
                new Layout("as-json-key", (id, s) -> Call.body(parse("{\"" + id + "\": \"" + s + "\"}"))),
                new Layout("same-line", (id, s) -> Call.body(JSON.createObjectNode()
                        .put("note", "the key is " + id + " and the other half is " + s + " thanks"))),
                new Layout("next-lines", (id, s) -> Call.body(JSON.createObjectNode()
                        .put("note", "id " + id + "\nregion: us-east-1\nthe other half\n" + s + "\n"))),
                new Layout("json-in-string", (id, s) -> Call.body(JSON.createObjectNode()
                        .put("payload", JSON.createObjectNode().put("id", id).put("k", s).toString()))),
                new Layout("list-of-name-value-pairs", (id, s) -> Call.body(parse("{\"title\": \"ops\", \"fields\": "
                        + "[{\"name\": \"first\", \"value\": \"" + id + "\"}, {\"value\": \"" + s
                        + "\", \"name\": \"second\"}]}"))),
                new Layout("csv-row", (id, s) -> Call.body(JSON.createObjectNode().put("rows", "user,a,b\nann,"
                        + id + "," + s + "\n"))),
                new Layout("multipart-parts", (id, s) -> new Call("https://forms.example-corp.com/upload",
                        Map.of("Content-Type", "multipart/form-data; boundary=b0und"), TextNode.valueOf(
                        "--b0und\r\nContent-Disposition: form-data; name=\"first\"\r\n\r\n" + id + "\r\n--b0und\r\n"
                                + "Content-Disposition: form-data; name=\"note\"\r\n\r\n" + "lorem ipsum ".repeat(20)
                                + "\r\n--b0und\r\nContent-Disposition: form-data; name=\"second\"\r\n\r\n" + s
                                + "\r\n--b0und--\r\n"))),
                new Layout("disguised-secret", (id, s) -> Call.body(JSON.createObjectNode().put("id", id)
                        .put("key", Obfuscations.insertEvery(s, "\u200B", 7)))),
                new Layout("disguised-key-id", (id, s) -> Call.body(JSON.createObjectNode()
                        .put("id", Obfuscations.map(id, c -> c == 'A' ? "\u0410" : null)).put("key", s))),
                new Layout("spelled-key-id", (id, s) -> Call.body(JSON.createObjectNode()
                        .put("id", spaced(id)).put("key", s))),
                new Layout("spelled-key-id-same-line", (id, s) -> Call.body(JSON.createObjectNode()
                        .put("note", "my aws key id is " + spaced(id) + " and the other half is " + s))),
                // the two halves glued by a character of the secret's own alphabet: one run holds both
                new Layout("glued-by-a-slash", (id, s) -> Call.body(JSON.createObjectNode()
                        .put("note", "creds " + id + "/" + s + " for the export job"))),
                new Layout("glued-by-a-plus-secret-first", (id, s) -> Call.body(JSON.createObjectNode()
                        .put("note", s + "+" + id))),
                new Layout("glued-with-invisible-characters", (id, s) -> Call.body(JSON.createObjectNode()
                        .put("note", "creds " + id + "/" + Obfuscations.insertEvery(s, "\u200B", 7)))),
                new Layout("two-spelled-halves", (id, s) -> Call.body(JSON.createObjectNode()
                        .put("note", "key id " + spaced(id) + "\nsecret " + String.join(" ", s.split(""))))));
    }

    /**
     * A key id written a character at a time ({@code A K I A ...}), with a digit in it: a spelled run holds one (a run
     * of capitals alone reads as a spaced-out heading), and one key id in 28 has none.
     */
    static String spaced(String keyId) {
        return String.join(" ", (keyId.substring(0, 10) + "7" + keyId.substring(11)).split(""));
    }

    static String awsKeyId(Random random) {
        return "AKIA" + GeneratedSecrets.chars(random, "ABCDEFGHJKLMNPQRSTUVWXYZ234567", 16);
    }

    static String awsSecret(Random random) {
        return GeneratedSecrets.chars(random, BASE64, 40);
    }

    static Stream<Arguments> pairs() {
        List<Arguments> cases = new ArrayList<>();
        for (Layout layout : beside()) {
            for (int seed = 0; seed < SEEDS; seed++) {
                Random random = new Random(layout.name().hashCode() * 17L + seed);
                cases.add(Arguments.of(layout.name(), awsKeyId(random), awsSecret(random), layout));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("pairs")
    void theSecretBesideItsKeyIdIsFoundAndRedacted(String layoutName, String keyId, String secret, Layout layout) {
        CallInput call = input(layout.build().apply(keyId, secret));
        ScanOutcome outcome = BuiltinPipeline.get().scan(call);

        assertThat(outcome.findings()).extracting(Finding::entityType).as(layoutName)
                .contains("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");
        assertThat(outcome.decision()).isIn(Decision.SANITIZE, Decision.DENY);
        SanitizedCall sanitized = outcome.decision() == Decision.SANITIZE ? outcome.sanitized()
                : new Sanitizer().sanitize(call, outcome.findings());
        String forwarded = TextNormalizer.normalizedString(forwarded(sanitized));
        for (int i = 0; i + 8 <= secret.length(); i++) {
            assertThat(forwarded).as("%s: piece %d of the secret", layoutName, i)
                    .doesNotContain(secret.substring(i, i + 8));
        }
        assertThat(forwarded).doesNotContain(keyId);
    }

    /** Values that are not an AWS secret, or not beside a key id. */
    static Stream<Arguments> notPairs() {
        Map<String, BiFunction<Random, String, Call>> cases = new LinkedHashMap<>();
        cases.put("sha1-beside-key-id", (r, id) -> Call.body(JSON.createObjectNode().put("id", id)
                .put("commit", GeneratedSecrets.chars(r, GeneratedSecrets.HEX, 40))));
        cases.put("base64-of-text-beside-key-id", (r, id) -> Call.body(JSON.createObjectNode().put("id", id)
                .put("note", Base64.getEncoder().encodeToString(("deploy " + GeneratedSecrets.chars(r,
                        GeneratedSecrets.LOWER, 23)).getBytes(StandardCharsets.UTF_8)))));
        cases.put("documentation-example-beside-key-id", (r, id) -> Call.body(JSON.createObjectNode().put("id", id)
                .put("key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")));
        cases.put("lower-case-only-beside-key-id", (r, id) -> Call.body(JSON.createObjectNode().put("id", id)
                .put("slug", GeneratedSecrets.chars(r, GeneratedSecrets.LOWER + GeneratedSecrets.DIGITS, 40))));
        cases.put("39-characters-beside-key-id", (r, id) -> Call.body(JSON.createObjectNode().put("id", id)
                .put("key", GeneratedSecrets.chars(r, BASE64, 39))));
        cases.put("41-characters-beside-key-id", (r, id) -> Call.body(JSON.createObjectNode().put("id", id)
                .put("key", GeneratedSecrets.chars(r, BASE64, 41))));
        cases.put("padded-base64-beside-key-id", (r, id) -> Call.body(JSON.createObjectNode().put("id", id)
                .put("note", "blob " + GeneratedSecrets.chars(r, BASE64, 40) + "== end")));
        cases.put("no-key-id", (r, id) -> Call.body(JSON.createObjectNode().put("id", "user-42")
                .put("key", awsSecret(r))));
        cases.put("other-object", (r, id) -> {
            ObjectNode body = JSON.createObjectNode();
            body.putObject("a").put("id", id);
            body.putObject("b").put("value", awsSecret(r));
            return Call.body(body);
        });
        cases.put("sentence-around-it", (r, id) -> Call.body(JSON.createObjectNode().put("id", id)
                .put("note", "see " + awsSecret(r) + " for details")));
        cases.put("far-in-the-same-text", (r, id) -> Call.body(JSON.createObjectNode()
                .put("note", id + " " + "lorem ipsum ".repeat(30) + awsSecret(r))));
        List<Arguments> all = new ArrayList<>();
        cases.forEach((name, build) -> {
            for (int seed = 0; seed < SEEDS; seed++) {
                Random random = new Random(name.hashCode() * 13L + seed);
                all.add(Arguments.of(name, build.apply(random, awsKeyId(random))));
            }
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("notPairs")
    void otherValuesAreNotTakenForASecretKey(String name, Call call) {
        assertThat(scan(call).findings()).extracting(Finding::entityType).as(name)
                .doesNotContain("AWS_SECRET_ACCESS_KEY");
    }

    static ScanOutcome scan(Call call) {
        return BuiltinPipeline.get().scan(input(call));
    }

    static CallInput input(Call call) {
        return new CallInput(UUID.randomUUID(), "production", "salt", "POST", call.url(), call.headers(),
                call.body(), call.body() == null ? 0 : call.body().toString().length(),
                new AgentRef(UUID.randomUUID().toString(), "test", "custom"));
    }

    /** Everything the sanitized call would forward: URL, headers, body and the body's decoded layers. */
    static String forwarded(SanitizedCall sanitized) {
        StringBuilder all = new StringBuilder(String.valueOf(sanitized.url())).append('\n')
                .append(sanitized.headers()).append('\n');
        if (sanitized.body() != null) {
            all.append(SanitizedSecretsTest.everythingIn(sanitized.body(), "application/x-www-form-urlencoded"));
        }
        return all.toString();
    }
}
