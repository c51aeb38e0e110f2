package io.interven.gateway.core.fields;

import static io.interven.gateway.testing.Compressed.rawDeflate;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/**
 * The cheap look before raw inflating never turns away raw deflate data of a text (every level and strategy, UTF-8
 * and UTF-16, short and long, stored, fixed and dynamic blocks), and turns away most random bytes.
 */
class RawDeflateStartTest {

    @Test
    void rawDeflateOfTextIsAlwaysPlausible() {
        Random random = new Random(3);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-.,:;\n\téü日本";
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(round % 10 == 0 ? 5_000 : 200);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            byte[] bytes = text.toString().getBytes(round % 3 == 0 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8);
            int level = round % 10;
            int strategy = round % 7 == 0 ? Deflater.HUFFMAN_ONLY : round % 5 == 0 ? Deflater.FILTERED
                    : Deflater.DEFAULT_STRATEGY;

            assertThat(RawDeflateStart.isPlausible(rawDeflate(bytes, level, strategy))).as("round %d", round).isTrue();
        }
    }

    @Test
    void mostRandomBytesAreTurnedAway() {
        Random random = new Random(4);
        int plausible = 0;
        for (int i = 0; i < 10_000; i++) {
            byte[] bytes = new byte[16 + random.nextInt(48)];
            random.nextBytes(bytes);
            plausible += RawDeflateStart.isPlausible(bytes) ? 1 : 0;
        }
        assertThat(plausible).isLessThan(3_500);
    }

    /** Bytes too few to hold a text worth a look are not inflated: raw deflate of "hi there" is 10 bytes. */
    @Test
    void tooFewBytesAreNotInflated() {
        byte[] tooShort = rawDeflate("hi there".getBytes(StandardCharsets.UTF_8), 9, Deflater.DEFAULT_STRATEGY);
        byte[] longer = rawDeflate("the key is tok_9fQ2xLr7Wm4Zp8Kd3Vb6".getBytes(StandardCharsets.UTF_8), 9,
                Deflater.DEFAULT_STRATEGY);

        assertThat(tooShort.length).isLessThan(LenientInflater.MIN_RAW_BYTES);
        assertThat(Compression.RAW.inflate(tooShort, 1 << 20, () -> { })).isEmpty();
        assertThat(Compression.RAW.inflate(longer, 1 << 20, () -> { })).isPresent();
    }
}
