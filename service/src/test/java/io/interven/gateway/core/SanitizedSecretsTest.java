package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.interven.gateway.core.fields.CallSlots;
import io.interven.gateway.core.fields.DecodeBudget;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.spi.AgentRef;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
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
 * Many generated secrets, each wrapped the ways agents wrap payloads, through the real pipeline and plugins: every
 * call is SANITIZE, and no 5-character piece of the secret survives anywhere in what would be forwarded, decoded
 * layers included.
 */
class SanitizedSecretsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int SEEDS_PER_FORMAT = 4;

    /** A way to put a secret into a request body, and the Content-Type it goes with. */
    record Wrapper(String name, String contentType, Function<String, JsonNode> wrap) {
    }

    static List<Wrapper> wrappers() {
        return List.of(
                new Wrapper("prose", "application/json",
                        s -> JSON.createObjectNode().put("text", "please use " + s + " for the deploy")),
                new Wrapper("nested", "application/json", s -> {
                    ObjectNode body = JSON.createObjectNode();
                    body.putObject("config").putObject("env").put("value", s);
                    return body;
                }),
                new Wrapper("array", "application/json", s -> {
                    ArrayNode items = JSON.createArrayNode();
                    items.add("first").add("then " + s).add(3);
                    return JSON.createObjectNode().set("items", items);
                }),
                new Wrapper("json-in-string", "application/json",
                        s -> JSON.createObjectNode().put("payload", JSON.createObjectNode().put("note", s).toString())),
                new Wrapper("base64-of-json", "application/json",
                        s -> JSON.createObjectNode().put("attachment", Base64.getEncoder().encodeToString(
                                JSON.createObjectNode().put("note", "see " + s).toString()
                                        .getBytes(StandardCharsets.UTF_8)))),
                new Wrapper("base64-wrapped-at-40-in-prose", "application/json",
                        s -> JSON.createObjectNode().put("text", "attached:\n" + wrapped(base64("see " + s + " now"), 40)
                                + "\nthanks")),
                new Wrapper("base64-wrapped-at-20-in-prose", "application/json",
                        s -> JSON.createObjectNode().put("text", "here: " + wrapped(base64(s), 20))),
                new Wrapper("base64-wrapped-at-60-in-prose", "application/json",
                        s -> JSON.createObjectNode().put("text", "attached:\r\n" + wrapped(base64("see " + s), 60))),
                new Wrapper("percent-encoded", "application/json",
                        s -> JSON.createObjectNode().put("q", URLEncoder.encode("note=" + s + "&x=1",
                                StandardCharsets.UTF_8))),
                new Wrapper("form-body", "application/x-www-form-urlencoded",
                        s -> TextNode.valueOf("title=hello&content=" + URLEncoder.encode("use " + s + " now",
                                StandardCharsets.UTF_8) + "&visibility=private")),
                new Wrapper("as-key", "application/json", s -> {
                    ObjectNode body = JSON.createObjectNode();
                    body.putObject("tokens").put(s, true);
                    return body;
                }));
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code blob} cut into lines of {@code width} characters, as a mail client wraps an attachment. */
    static String wrapped(String blob, int width) {
        StringBuilder out = new StringBuilder();
        for (int at = 0; at < blob.length(); at += width) {
            out.append(at == 0 ? "" : "\n").append(blob, at, Math.min(blob.length(), at + width));
        }
        return out.toString();
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (GeneratedSecrets.Format format : GeneratedSecrets.formats()) {
            for (int seed = 0; seed < SEEDS_PER_FORMAT; seed++) {
                String value = format.draw().apply(new Random(format.name().hashCode() * 31L + seed));
                for (Wrapper wrapper : wrappers()) {
                    cases.add(Arguments.of(format.name(), wrapper.name(), value, format.secretPart().apply(value),
                            wrapper));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} #{index}")
    @MethodSource("cases")
    void noPieceOfTheSecretIsForwarded(String format, String wrapping, String value, String secret,
                                       Wrapper wrapper) {
        JsonNode body = wrapper.wrap().apply(value);
        Map<String, String> headers = Map.of("Content-Type", wrapper.contentType());
        CallInput call = new CallInput(UUID.randomUUID(), "production", "salt", "POST",
                "https://notes.example-corp.com/v1/notes", headers, body, body.toString().length(),
                new AgentRef(UUID.randomUUID().toString(), "test", "custom"));

        ScanOutcome outcome = BuiltinPipeline.get().scan(call);

        assertThat(outcome.decision()).as("decision for %s in %s", format, wrapping).isEqualTo(Decision.SANITIZE);
        String forwarded = everythingIn(outcome.sanitized().body(), wrapper.contentType());
        for (int i = 0; i + 5 <= secret.length(); i++) {
            String piece = secret.substring(i, i + 5);
            assertThat(forwarded).as("%s in %s: piece %d of the secret", format, wrapping, i).doesNotContain(piece);
        }
    }

    /** The sanitized body as raw text plus every decoded layer of it (JSON in strings, base64, forms, ...). */
    static String everythingIn(JsonNode body, String contentType) {
        StringBuilder all = new StringBuilder(body.isTextual() ? body.asText() : body.toString());
        CallSlots.bodySlots(body, contentType.startsWith("application/x-www-form-urlencoded"),
                        DecodeBudget.standard())
                .forEach(top -> top.forEachSlot(slot -> all.append('\n').append(slot.text())));
        return all.toString();
    }
}
