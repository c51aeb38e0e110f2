package io.interven.gateway.core.fields;

import static io.interven.gateway.core.fields.LayeredCallTest.JSON;
import static io.interven.gateway.core.fields.LayeredCallTest.SECRET;
import static io.interven.gateway.core.fields.LayeredCallTest.call;
import static io.interven.gateway.core.fields.LayeredCallTest.pathsOfFindings;
import static io.interven.gateway.core.fields.LayeredCallTest.sanitize;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.interven.gateway.core.CallInput;
import io.interven.spi.AgentRef;
import io.interven.spi.ScanField;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Inputs whose size once drove recursion (a form regex overflowed the stack at about 1,100 pairs) or decoding
 * cost: each is decoded to the end within the budget, and a secret at its far end is still found.
 */
class DecodingWithoutRecursionTest {
    static final int PAIRS = 100_000;
    static final int DEPTH = 100_000;
    static final int BODY_DEPTH = 4_000;
    static final long SMALL_STACK_BYTES = 128 * 1024;

    @Test
    void aFormOfAHundredThousandPairsIsDecodedEverywhereItMayAppear() {
        String form = "a=b&".repeat(PAIRS) + "note=" + SECRET;
        CallInput formBody = call("https://x.example/in",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), TextNode.valueOf(form));
        CallInput inField = call("https://x.example/in", Map.of(), JSON.createObjectNode().put("q", form));
        CallInput inQuery = call("https://x.example/in?" + form, Map.of(), null);

        assertThat(pathsOfFindings(formBody)).containsExactly("$|form.note");
        assertThat(pathsOfFindings(inField)).containsExactly("$.q|form.note");
        assertThat(pathsOfFindings(inQuery)).containsExactly("query.note");
        assertThat(sanitize(formBody).body().asText()).endsWith("&note=%5BREDACTED%3ATEST_TOKEN%5D");
    }

    /**
     * Deeper than a recursive walk could go on a small stack. (A body this deep never comes from a client, whose
     * bodies are limited to 64 levels; the walk must hold anyway.)
     */
    @Test
    void aDeeplyNestedBodyIsWalkedWithoutRecursion() throws Exception {
        ArrayNode root = JSON.createArrayNode();
        ArrayNode innermost = root;
        for (int i = 0; i < BODY_DEPTH; i++) {
            innermost = innermost.addArray();
        }
        innermost.add(SECRET);
        CallInput call = new CallInput(UUID.randomUUID(), "production", "salt", "POST", "https://x.example/in",
                Map.of(), root, 0, new AgentRef("agent", null, null));

        AtomicReference<Object> result = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                result.set(CallSlots.of(call.url(), call.headers(), call.body()).fields());
            } catch (Throwable t) {
                result.set(t);
            }
        }, "small-stack", SMALL_STACK_BYTES);
        small.start();
        small.join();

        assertThat(result.get()).isInstanceOf(List.class);
        List<ScanField> body = ((List<?>) result.get()).stream().map(ScanField.class::cast)
                .filter(field -> field.path().startsWith("$")).toList();
        assertThat(body).hasSize(1);
        assertThat(body.get(0).text()).isEqualTo(SECRET);
        assertThat(body.get(0).path()).isEqualTo("$" + "[0]".repeat(BODY_DEPTH + 1));
    }

    @Test
    void deeplyNestedJsonTextIsNotDecodedButStillScannedAsText() {
        String deep = "[".repeat(DEPTH) + "\"" + SECRET + "\"" + "]".repeat(DEPTH);
        String limit = "[".repeat(64) + "\"" + SECRET + "\"" + "]".repeat(64);
        CallInput call = call("https://x.example/in", Map.of(), JSON.createObjectNode().put("deep", deep)
                .put("limit", limit));

        assertThat(pathsOfFindings(call)).containsExactly("$.deep", "$.limit|json" + "[0]".repeat(64));
        JsonNode clean = sanitize(call).body();
        assertThat(clean.get("deep").asText()).doesNotContain(SECRET).startsWith("[[[").endsWith("]]]");
        assertThat(clean.get("limit").asText()).isEqualTo(limit.replace(SECRET, "[REDACTED:TEST_TOKEN]"));
    }

    @Test
    void aCompressionBombIsNotInflatedBeyondTheBudget() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            byte[] spaces = " ".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 64; i++) {
                gzip.write(spaces);
            }
            gzip.write(SECRET.getBytes(StandardCharsets.US_ASCII));
        }
        String bomb = Base64.getEncoder().encodeToString(zipped.toByteArray());
        CallInput call = call("https://x.example/in", Map.of(), JSON.createObjectNode().put("a", bomb).put("b", bomb));

        List<ScanField> fields = CallSlots.of(call.url(), call.headers(), call.body()).fields();
        long decoded = fields.stream().mapToLong(f -> f.text().length()).sum() - 2L * bomb.length();
        assertThat(decoded).isLessThanOrEqualTo(DecodeBudget.MAX_DECODED_CHARS);
        assertThat(fields).extracting(ScanField::path).noneMatch(p -> p.contains("|gzip"));
        assertThat(CallSlots.of(call.url(), call.headers(), call.body()).fullyDecoded()).isFalse();
    }

    /**
     * A small blob that inflates to the whole budget leaves nothing for what follows it: the call is known not to be
     * wholly read (the scan then answers DENY, DECODE_LIMIT), where the same call without the blob is.
     */
    @Test
    void aCallWhoseLayersTheBudgetCutShortIsNotFullyDecoded() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write("x".repeat(DecodeBudget.MAX_DECODED_CHARS - 10).getBytes(StandardCharsets.US_ASCII));
        }
        String filler = Base64.getEncoder().encodeToString(zipped.toByteArray());
        String hidden = LayeredCallTest.b64("the key is " + SECRET);
        CallInput both = call("https://x.example/in", Map.of(), JSON.createObjectNode().put("a", filler)
                .put("b", hidden));
        CallInput hiddenOnly = call("https://x.example/in", Map.of(), JSON.createObjectNode().put("b", hidden));

        assertThat(CallSlots.of(both.url(), both.headers(), both.body()).fullyDecoded()).isFalse();
        assertThat(pathsOfFindings(both)).isEmpty();
        assertThat(CallSlots.of(hiddenOnly.url(), hiddenOnly.headers(), hiddenOnly.body()).fullyDecoded()).isTrue();
        assertThat(pathsOfFindings(hiddenOnly)).containsExactly("$.b|base64");
    }

    /**
     * Nested layers are read down to the deepest level; one more, whichever layer it is and however many levels a
     * layer takes (a base64 run inside prose takes two), and the call is known not to be wholly read.
     */
    @Test
    void layersNestedDeeperThanTheDeepestLevelReadAreNotFullyDecoded() {
        String whole = SECRET;
        String inProse = SECRET;
        int wholeLayers = 0;
        while (readsWhole(whole)) {
            whole = LayeredCallTest.b64(whole);
            wholeLayers++;
        }
        while (readsWhole(inProse)) {
            inProse = LayeredCallTest.b64("v " + inProse);
        }

        assertThat(wholeLayers).as("base64 layers of the first call not wholly read")
                .isEqualTo(DecodeBudget.MAX_DEPTH + 1);
        for (String unread : List.of(whole, inProse)) {
            CallInput call = call("https://x.example/in", Map.of(), JSON.createObjectNode().put("a", unread));
            assertThat(CallSlots.of(call.url(), call.headers(), call.body()).fullyDecoded()).isFalse();
            assertThat(pathsOfFindings(call)).isEmpty();
        }
    }

    /**
     * The look past the deepest level decodes from the call's own budget: many small bombs that deep cannot each
     * inflate a budget of their own, and one cut short by what is left marks the call as not wholly read.
     */
    @Test
    void theLookPastTheDeepestLevelSpendsTheCallsBudget() throws Exception {
        String text = LayeredCallTest.b64("v " + SECRET);
        DecodeBudget budget = new DecodeBudget(1_000);
        LayerDecoder.decode("$.a", io.interven.spi.FieldLocation.BODY, "a", text, false, DecodeBudget.MAX_DEPTH,
                budget);

        assertThat(budget.wasExceeded()).isTrue();
        assertThat(budget.remaining()).isEqualTo(1_000 - ("v " + SECRET).length());

        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write("x".repeat(5_000).getBytes(StandardCharsets.US_ASCII));
        }
        DecodeBudget small = new DecodeBudget(1_000);
        LayerDecoder.decode("$.a", io.interven.spi.FieldLocation.BODY, "a",
                Base64.getEncoder().encodeToString(zipped.toByteArray()), false, DecodeBudget.MAX_DEPTH, small);
        assertThat(small.wasExceeded()).isTrue();
        assertThat(small.remaining()).isEqualTo(1_000);
    }

    /** Whether the secret is found in {@code text}, sent as a body value, and the call was wholly read. */
    private static boolean readsWhole(String text) {
        CallInput call = call("https://x.example/in", Map.of(), JSON.createObjectNode().put("a", text));
        boolean whole = CallSlots.of(call.url(), call.headers(), call.body()).fullyDecoded();
        boolean found = !pathsOfFindings(call).isEmpty();
        assertThat(whole).as("a call wholly read finds the secret, and a call that finds it was wholly read")
                .isEqualTo(found);
        return whole;
    }
}
