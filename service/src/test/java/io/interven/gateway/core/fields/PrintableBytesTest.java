package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
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

    /**
     * The decoding answers as the strict one-call decoder does (which tells invalid UTF-8 by throwing): on every
     * sequence of up to three bytes drawn from the bytes where UTF-8's rules change (ASCII, continuations, overlong
     * and surrogate leads, leads past U+10FFFF, bytes never used), such sequences inside text, and random bytes.
     */
    @Test
    void invalidUtf8IsToldAsTheStrictDecoderTellsIt() {
        int[] edges = {0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1,
            0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xf7, 0xf8, 0xfe, 0xff};
        int compared = 0;
        int rejected = 0;
        for (int a : edges) {
            for (int b : edges) {
                for (int c : edges) {
                    for (byte[] bytes : new byte[][] {{(byte) a}, {(byte) a, (byte) b}, {(byte) a, (byte) b, (byte) c},
                        withText((byte) a, (byte) b, (byte) c), withText((byte) 0xf0, (byte) a, (byte) b, (byte) c)}) {
                        Optional<String> strict = strictlyDecodedIfPrintable(bytes);
                        assertThat(EncodedText.decodedIfPrintable(bytes)).as("%s", java.util.Arrays.toString(bytes))
                                .isEqualTo(strict);
                        compared++;
                        rejected += strict.isEmpty() ? 1 : 0;
                    }
                }
            }
        }
        Random random = new Random(23);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = round % 2 == 0 ? randomBytes(random) : utf8WithControls(random);
            assertThat(EncodedText.decodedIfPrintable(bytes)).isEqualTo(strictlyDecodedIfPrintable(bytes));
        }
        assertThat(compared).isEqualTo(5 * edges.length * edges.length * edges.length);
        assertThat(rejected).as("sequences rejected").isGreaterThan(compared / 2);
    }

    private static Optional<String> strictlyDecodedIfPrintable(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            int printable = (int) text.chars().filter(ch -> ch == '\n' || ch == '\r' || ch == '\t'
                    || ch >= 0x20 && ch != 0x7f && !Character.isISOControl(ch)).count();
            return !text.isEmpty() && 10L * printable >= 9L * text.length() ? Optional.of(text) : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The bytes after a printable ASCII text, so that a valid sequence among them leaves the whole printable. */
    private static byte[] withText(byte... tail) {
        byte[] head = "a plain printable prefix of text, long enough".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, bytes, head.length, tail.length);
        return bytes;
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
