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

/** Padded base64 written backwards is read (it starts with its padding); text that only starts with {@code =} is not. */
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
