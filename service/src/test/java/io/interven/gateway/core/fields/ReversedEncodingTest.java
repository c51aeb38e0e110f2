package io.interven.gateway.core.fields;

import static io.interven.gateway.core.fields.LayeredCallTest.JSON;
import static io.interven.gateway.core.fields.LayeredCallTest.SECRET;
import static io.interven.gateway.core.fields.LayeredCallTest.call;
import static io.interven.gateway.core.fields.LayeredCallTest.pathsOfFindings;
import static io.interven.gateway.core.fields.LayeredCallTest.sanitize;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.core.CallInput;
import io.interven.spi.FieldLocation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Base64 and hex written backwards are read: padded base64 starts with its padding, and hex or unpadded base64 that
 * decode to text only backwards; text that only starts with {@code =}, and random ids, are not.
 */
class ReversedEncodingTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void base64WrittenBackwardsIsFoundAndWrittenBackBackwards(int padding) {
        String text = "the key: " + SECRET + " ok";
        String encoded = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        while (!encoded.endsWith("=".repeat(padding)) || encoded.endsWith("=".repeat(padding + 1))) {
            text = text + ".";
            encoded = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }
        String backwards = new StringBuilder(encoded).reverse().toString();
        CallInput call = call("https://x.example/in", Map.of(), JSON.createObjectNode().put("z", backwards));

        assertThat(pathsOfFindings(call)).containsExactly("$.z|reversed|base64");
        String written = sanitize(call).body().get("z").asText();
        String read = new String(Base64.getDecoder().decode(new StringBuilder(written).reverse().toString()),
                StandardCharsets.UTF_8);
        assertThat(read).doesNotContain(SECRET).contains("the key: [REDACTED:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hex", "HEX", "base64", "base64url"})
    void hexAndUnpaddedBase64WrittenBackwardsAreFoundAndWrittenBackBackwards(String encoding) {
        byte[] bytes = ("the key: " + SECRET + " ok").getBytes(StandardCharsets.UTF_8);
        String encoded = switch (encoding) {
            case "hex" -> java.util.HexFormat.of().formatHex(bytes);
            case "HEX" -> java.util.HexFormat.of().withUpperCase().formatHex(bytes);
            case "base64" -> Base64.getEncoder().withoutPadding().encodeToString(bytes);
            default -> Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        };
        String backwards = new StringBuilder(encoded).reverse().toString();
        CallInput call = call("https://x.example/in", Map.of(), JSON.createObjectNode().put("z", backwards));

        assertThat(pathsOfFindings(call)).hasSize(1).allMatch(path -> path.startsWith("$.z|reversed|"));
        String written = new StringBuilder(sanitize(call).body().get("z").asText()).reverse().toString();
        assertThat(written).isNotEqualTo(encoded);
        String read = encoding.startsWith("base64")
                ? new String(Base64.getMimeDecoder().decode(written.replace('-', '+').replace('_', '/')),
                        StandardCharsets.UTF_8)
                : new String(java.util.HexFormat.of().parseHex(written.toLowerCase()), StandardCharsets.UTF_8);
        assertThat(read).doesNotContain(SECRET).contains("the key: [REDACTED:");
    }

    @Test
    void randomIdsAndHashesAreNotTakenForReversedEncodings() {
        Random random = new Random(18);
        String[] alphabets = {"0123456789abcdef", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"};
        for (int round = 0; round < 3_000; round++) {
            String alphabet = alphabets[round % alphabets.length];
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 16 + random.nextInt(64); i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            TextSlot slot = LayerDecoder.decode("$.z", FieldLocation.BODY, "z", text.toString(), false, 0,
                    DecodeBudget.standard());
            assertThat(slot.layer() instanceof ReversedLayer).as(text.toString()).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A20)+B2*C3", "==> see the log above", "=====================",
        "=dGhpcyBpcyBub3QgcmV2ZXJzZWQ="})
    void textThatOnlyStartsWithAnEqualsSignIsReadAsWritten(String text) {
        TextSlot slot = LayerDecoder.decode("$.z", FieldLocation.BODY, "z", text, false, 0, DecodeBudget.standard());

        assertThat(slot.layer() instanceof ReversedLayer).isFalse();
    }

    @Test
    void randomValuesStartingWithPaddingAreNotTakenForReversedBase64() {
        Random random = new Random(17);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder("==");
            for (int i = 0; i < 18 + random.nextInt(60); i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            TextSlot slot = LayerDecoder.decode("$.z", FieldLocation.BODY, "z", text.toString(), false, 0,
                    DecodeBudget.standard());
            assertThat(slot.layer() instanceof ReversedLayer).as(text.toString()).isFalse();
        }
    }
}
