package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bytes set aside without decoding (too many ASCII controls) are never bytes that decoding would have kept as a
 * mostly printable text: random bytes, text right at the share of controls allowed, and UTF-8 text of every plane.
 */
class PrintableBytesTest {

    @Test
    void bytesSetAsideWithoutDecodingAreNeverAPrintableText() {
        Random random = new Random(17);
        int setAside = 0;
        int kept = 0;
        for (int round = 0; round < 30_000; round++) {
            byte[] bytes = switch (round % 3) {
                case 0 -> randomBytes(random);
                case 1 -> asciiWithControls(random);
                default -> utf8WithControls(random);
            };
            boolean aside = EncodedText.surelyNotPrintable(bytes);
            boolean printable = EncodedText.decodedIfPrintable(bytes).isPresent();

            if (aside) {
                assertThat(printable).as("set aside but printable: %s", java.util.Arrays.toString(bytes)).isFalse();
                setAside++;
            }
            kept += printable ? 1 : 0;
            assertThat(EncodedText.printableUtf8(bytes).isPresent()).isEqualTo(printable);
        }
        assertThat(setAside).as("arrays set aside").isGreaterThan(5_000);
        assertThat(kept).as("arrays kept as text").isGreaterThan(5_000);
    }

    @Test
    void aTextWithExactlyATenthOfControlsIsStillDecoded() {
        byte[] bytes = "abcdefghi\u0001".getBytes(StandardCharsets.US_ASCII);

        assertThat(EncodedText.surelyNotPrintable(bytes)).isFalse();
        assertThat(EncodedText.printableUtf8(bytes)).contains("abcdefghi\u0001");
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(120)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Printable ASCII with about a tenth of controls: a tenth less one, exactly, or one more. */
    private static byte[] asciiWithControls(Random random) {
        int n = 10 * (1 + random.nextInt(12));
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) (0x20 + random.nextInt(0x5f));
        }
        int controls = n / 10 + random.nextInt(3) - 1;
        for (int c = 0; c < controls; c++) {
            bytes[random.nextInt(n)] = (byte) (random.nextBoolean() ? random.nextInt(9) : 0x7f);
        }
        return bytes;
    }

    /** UTF-8 text of any plane (fewer characters than bytes) with a few controls. */
    private static byte[] utf8WithControls(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i >= 0; i--) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                text.append((char) random.nextInt(0x20));
            } else if (kind < 4) {
                text.appendCodePoint(0xa0 + random.nextInt(0x2000));
            } else if (kind == 4) {
                text.appendCodePoint(0x10000 + random.nextInt(0x1000));
            } else {
                text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
