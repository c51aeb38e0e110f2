package io.interven.gateway.core.fields;

import static io.interven.gateway.core.fields.LayeredCallTest.JSON;
import static io.interven.gateway.core.fields.LayeredCallTest.SECRET;
import static io.interven.gateway.core.fields.LayeredCallTest.b64;
import static io.interven.gateway.core.fields.LayeredCallTest.call;
import static io.interven.gateway.core.fields.LayeredCallTest.pathsOfFindings;
import static io.interven.gateway.core.fields.LayeredCallTest.sanitize;
import static io.interven.gateway.core.fields.NamesSegmentsAndTextLayersTest.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.core.CallInput;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Text can start with the two bytes of a zlib header ({@code x^}, {@code x} and U+0001): base64 of such a text is
 * read as text when it does not inflate to text, and both ways when it does, since which reading a receiver takes
 * cannot be told. Either reading alone hid the other's token.
 */
class TextThatLooksCompressedTest {

    private static CallInput callWith(String base64) {
        return call("https://x.example/in", Map.of(), JSON.createObjectNode().put("z", base64));
    }

    @Test
    void textStartingLikeAZlibHeaderIsReadAsText() {
        for (String text : new String[] {"x^2 + y^2 is not the key, " + SECRET + " is",
            "x\u0001 the key is " + SECRET, "x^B then the key " + SECRET + " goes here"}) {
            assertThat(pathsOfFindings(callWith(b64(text)))).as(text).containsExactly("$.z|base64");
        }
    }

    /**
     * A zlib header, a stored block whose length and its complement are printable UTF-8 ({@code =A¾}), the stored
     * text, then more text: inflated, it is the stored text alone; read as it is, all of it. Each reading is scanned,
     * and sanitizing compresses the blob anew from the inflated text, so that neither reading keeps its token.
     */
    @Test
    void bytesThatAreBothAStreamAndTextAreReadBothWays() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {0x78, 0x5e, 0x01, 0x3d, 0x41, (byte) 0xc2, (byte) 0xbe});
        String stored = "the stored text holds " + OTHER + " ";
        bytes.writeBytes((stored + "padding ".repeat((0x413d - stored.length()) / 8 + 1))
                .substring(0, 0x413d).getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes((" and the text after it holds " + SECRET).getBytes(StandardCharsets.US_ASCII));
        CallInput call = callWith(Base64.getEncoder().encodeToString(bytes.toByteArray()));

        assertThat(pathsOfFindings(call)).containsExactlyInAnyOrder("$.z|base64|zlib", "$.z|base64", "$.z|base64");
        String rebuilt = sanitize(call).body().get("z").asText();
        CallInput again = callWith(rebuilt);
        assertThat(pathsOfFindings(again)).isEmpty();
        assertThat(CallSlots.of(again.url(), again.headers(), again.body()).fields())
                .anySatisfy(field -> assertThat(field.path()).isEqualTo("$.z|base64|zlib"))
                .allSatisfy(field -> assertThat(field.text()).doesNotContain(SECRET).doesNotContain(OTHER));
    }

    /** A compressed blob whose bytes are not text has the one, inflated, reading it always had. */
    @Test
    void aZlibStreamWhoseBytesAreNotTextIsReadOnlyInflated() {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream zlib = new java.util.zip.DeflaterOutputStream(zipped)) {
            zlib.write(("the key is " + SECRET).getBytes(StandardCharsets.US_ASCII));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        assertThat(pathsOfFindings(callWith(Base64.getEncoder().encodeToString(zipped.toByteArray()))))
                .containsExactly("$.z|base64|zlib");
    }
}
