package io.interven.gateway.core.fields;

import static io.interven.gateway.testing.Compressed.gzip;
import static io.interven.gateway.testing.Compressed.rawDeflate;
import static io.interven.gateway.testing.Compressed.zlib;
import static io.interven.gateway.core.fields.LayeredCallTest.JSON;
import static io.interven.gateway.core.fields.LayeredCallTest.SECRET;
import static io.interven.gateway.core.fields.LayeredCallTest.call;
import static io.interven.gateway.core.fields.LayeredCallTest.pathsOfFindings;
import static io.interven.gateway.core.fields.LayeredCallTest.sanitize;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.core.CallInput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;

/**
 * A gzip or zlib stream is read as far as a lenient receiver reads it ({@code gzip -dc}, browsers, HTTP clients):
 * a token in a stream whose end is cut off, whose checksum or length is wrong or missing, that has junk after its
 * end or a corrupt block after the token is found in the decoded layer, not passed over as "not encoded". The
 * decode budget still bounds what is inflated, cut off or not.
 */
class BrokenCompressedStreamsTest {
    private static final String TEXT = "the deploy token is " + SECRET + " and this line says nothing else at all";



    /** The paths of the findings of a call whose body holds {@code bytes} in base64 as field {@code z}. */
    private static java.util.List<String> findingsOf(byte[] bytes) {
        return pathsOfFindings(callWith(bytes));
    }

    private static CallInput callWith(byte[] bytes) {
        return call("https://x.example/in", Map.of(),
                JSON.createObjectNode().put("z", Base64.getEncoder().encodeToString(bytes)));
    }

    private static byte[] cut(byte[] bytes, int dropped) {
        return Arrays.copyOf(bytes, bytes.length - dropped);
    }

    private static byte[] flipped(byte[] bytes, int fromEnd) {
        byte[] copy = bytes.clone();
        copy[copy.length - fromEnd] ^= 0x5a;
        return copy;
    }

    private static byte[] joined(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** What the JDK's strict stream reads of {@code bytes}, or null when it throws. */
    private static String strictlyRead(byte[] bytes, boolean gzip) {
        try (var in = gzip ? new GZIPInputStream(new ByteArrayInputStream(bytes))
                : new InflaterInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    @Test
    void aGzipStreamWithItsTrailerCutOffIsScanned() {
        byte[] whole = gzip(TEXT);
        for (int dropped = 1; dropped <= 8; dropped++) {
            byte[] cutOff = cut(whole, dropped);

            assertThat(strictlyRead(cutOff, true)).as("the JDK's stream refuses it").isNull();
            assertThat(findingsOf(cutOff)).as("%d bytes cut", dropped).containsExactly("$.z|base64|gzip");
        }
    }

    @Test
    void aGzipStreamWithAWrongCrcOrLengthIsScanned() {
        byte[] whole = gzip(TEXT);
        for (int fromEnd : new int[] {8, 5, 4, 1}) {
            byte[] wrong = flipped(whole, fromEnd);

            assertThat(strictlyRead(wrong, true)).isNull();
            assertThat(findingsOf(wrong)).as("byte %d from the end", fromEnd).containsExactly("$.z|base64|gzip");
        }
    }

    @Test
    void junkAfterAGzipOrZlibStreamDoesNotHideIt() {
        byte[] junk = "\u0000\u00ff junk after the end".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(findingsOf(joined(gzip(TEXT), junk))).containsExactly("$.z|base64|gzip");
        assertThat(findingsOf(joined(cut(gzip(TEXT), 8), junk))).containsExactly("$.z|base64|gzip");
        assertThat(findingsOf(joined(zlib(TEXT), junk))).containsExactly("$.z|base64|zlib");
        assertThat(findingsOf(joined(cut(zlib(TEXT), 4), junk))).containsExactly("$.z|base64|zlib");
    }

    @Test
    void aZlibStreamWithAWrongOrMissingAdler32IsScanned() {
        byte[] whole = zlib(TEXT);
        for (byte[] broken : new byte[][] {flipped(whole, 1), flipped(whole, 4), cut(whole, 1), cut(whole, 4)}) {
            assertThat(strictlyRead(broken, false)).isNull();
            assertThat(findingsOf(broken)).containsExactly("$.z|base64|zlib");
        }
    }

    /** The data itself cut off after the token: what inflates before the cut is the text. */
    @Test
    void aStreamCutOffInsideItsDataIsScannedUpToTheCut() {
        String longer = TEXT + " and then it goes on" + " with more words".repeat(40);
        byte[] gzip = gzip(longer);
        byte[] zlib = zlib(longer);

        assertThat(findingsOf(cut(gzip, 8 + 6))).containsExactly("$.z|base64|gzip");
        assertThat(findingsOf(cut(zlib, 4 + 6))).containsExactly("$.z|base64|zlib");
    }

    /** A stream cut inside a character: the character's first bytes are dropped, the text before it is read. */
    @Test
    void aStreamCutInsideACharacterIsScannedUpToThatCharacter() {
        byte[] text = (TEXT + " caf\u00e9").getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(text, 0, text.length - 1);
        byte[] data = new byte[1024];
        int n = deflater.deflate(data, 0, data.length, Deflater.SYNC_FLUSH);
        deflater.end();
        byte[] header = Arrays.copyOf(gzip(""), 10);

        assertThat(findingsOf(joined(header, Arrays.copyOf(data, n)))).containsExactly("$.z|base64|gzip");
    }

    /** A corrupt block after the token: what inflated before it is the text, up to the byte before the error. */
    @Test
    void aCorruptBlockAfterTheTokenDoesNotHideIt() {
        byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(text);
        byte[] data = new byte[1024];
        int n = deflater.deflate(data, 0, data.length, Deflater.SYNC_FLUSH);
        deflater.end();
        byte[] corrupt = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff}; // a final block of the reserved type
        byte[] header = Arrays.copyOf(gzip(""), 10);
        byte[] stream = joined(header, Arrays.copyOf(data, n), corrupt);

        assertThat(strictlyRead(stream, true)).isNull();
        assertThat(findingsOf(stream)).containsExactly("$.z|base64|gzip");
        assertThat(CallSlots.of(callWith(stream).url(), Map.of(), callWith(stream).body()).fields())
                .anySatisfy(field -> assertThat(field.text()).isEqualTo(TEXT));
    }

    @Test
    void membersAfterTheFirstAreReadAndABrokenOneKeepsWhatCameBefore() {
        byte[] first = gzip("first member, nothing to see here at all");
        byte[] second = cut(gzip(TEXT), 8);

        assertThat(findingsOf(joined(first, second))).containsExactly("$.z|base64|gzip");
        assertThat(findingsOf(joined(first, first, second))).containsExactly("$.z|base64|gzip");
    }

    @Test
    void aBrokenStreamIsRebuiltWhole() throws IOException {
        CallInput call = callWith(cut(gzip(TEXT), 8));

        String rebuilt = sanitize(call).body().get("z").asText();
        String read = new String(new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(rebuilt)))
                .readAllBytes(), StandardCharsets.UTF_8);
        assertThat(read).isEqualTo(TEXT.replace(SECRET, "[REDACTED:TEST_TOKEN]"));
    }

    /** A bomb with its trailer cut off, or its checksum wrong, is still cut short by the decode budget. */
    @Test
    void aBrokenBombStillRunsOutOfBudget() {
        byte[] bomb = gzip(" ".repeat(DecodeBudget.MAX_DECODED_CHARS + 1_000) + SECRET);
        for (byte[] broken : new byte[][] {cut(bomb, 8), flipped(bomb, 8), cut(zlib(" ".repeat(
                DecodeBudget.MAX_DECODED_CHARS + 1_000)), 4)}) {
            CallInput call = callWith(broken);

            assertThat(CallSlots.of(call.url(), call.headers(), call.body()).fullyDecoded()).isFalse();
            assertThat(CallSlots.of(call.url(), call.headers(), call.body()).fields()).extracting(f -> f.path())
                    .noneMatch(path -> path.contains("|gzip") || path.contains("|zlib"));
        }
    }

    /**
     * Deflate data without a header is inflated only when it is whole: with no header to tell it by, data cut off or
     * followed by other bytes is what random bytes look like, and is not read (whole, it is: TextInMoreEncodingsTest).
     */
    @Test
    void rawDeflateDataIsInflatedOnlyWhenWhole() {
        byte[] data = rawDeflate(TEXT.getBytes(StandardCharsets.UTF_8), Deflater.DEFAULT_COMPRESSION,
                Deflater.DEFAULT_STRATEGY);
        int n = data.length;

        assertThat(findingsOf(Arrays.copyOf(data, n))).containsExactly("$.z|base64|deflate");
        assertThat(findingsOf(Arrays.copyOf(data, n - 3))).isEmpty();
        byte[] withJunk = Arrays.copyOf(data, n + 3);
        withJunk[n] = 'a';
        withJunk[n + 1] = 'b';
        withJunk[n + 2] = 'c';
        assertThat(findingsOf(withJunk)).isEmpty();
    }

    /** Random bytes after a gzip or zlib header are read as far as they inflate, and never fail the decoding. */
    @Test
    void randomBytesAfterAHeaderNeverFailTheDecoding() {
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            byte[] bytes = new byte[18 + random.nextInt(200)];
            random.nextBytes(bytes);
            bytes[0] = round % 2 == 0 ? (byte) 0x1f : (byte) 0x78;
            bytes[1] = round % 2 == 0 ? (byte) 0x8b : (byte) 0x9c;
            bytes[2] = round % 2 == 0 ? 8 : bytes[2];
            CallInput call = callWith(bytes);

            assertThat(CallSlots.of(call.url(), call.headers(), call.body()).fullyDecoded()).isTrue();
        }
    }
}
