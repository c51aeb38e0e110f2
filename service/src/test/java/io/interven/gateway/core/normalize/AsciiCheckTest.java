package io.interven.gateway.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A text is ASCII unless one character anywhere in it is not: in its first, a middle or its last block, or its end. */
class AsciiCheckTest {

    @Test
    void oneCharacterOutsideAsciiAnywhereInATextOfAnyLengthIsSeen() {
        Random random = new Random(23);
        char[] outside = {'\u0080', 'é', '\u200b', '\ud83d', '\ufeff', '\uffff'};
        for (int round = 0; round < 2_000; round++) {
            int length = switch (round % 4) {
                case 0 -> random.nextInt(50);
                case 1 -> 4_096 * (1 + random.nextInt(3)) + random.nextInt(3) - 1; // around a block's end
                default -> random.nextInt(20_000);
            };
            char[] text = new char[length];
            for (int i = 0; i < length; i++) {
                text[i] = (char) random.nextInt(0x80);
            }

            assertThat(TextNormalizer.isAscii(new String(text))).as("length %d", length).isTrue();
            if (length > 0) {
                int at = switch (random.nextInt(3)) {
                    case 0 -> length - 1;
                    case 1 -> Math.min(length - 1, 4_096 * random.nextInt(4));
                    default -> random.nextInt(length);
                };
                text[at] = outside[random.nextInt(outside.length)];
                assertThat(TextNormalizer.isAscii(new String(text))).as("length %d, at %d", length, at).isFalse();
            }
        }
    }

    /** Plain: ASCII without a control other than white space, wherever the one stray character stands. */
    @Test
    void aStrayControlAnywhereMakesATextNotPlainWhiteSpaceDoesNot() {
        Random random = new Random(29);
        char[] stray = {'\u0000', '\u0008', '\u000e', '\u001b', '\u001f', '\u007f', 'é', '\u200b'};
        char[] whiteSpace = {'\t', '\n', '\u000b', '\f', '\r', ' '};
        for (int round = 0; round < 2_000; round++) {
            int length = 1 + (round % 2 == 0 ? random.nextInt(50) : random.nextInt(20_000));
            char[] text = new char[length];
            for (int i = 0; i < length; i++) {
                text[i] = random.nextInt(8) == 0 ? whiteSpace[random.nextInt(whiteSpace.length)]
                        : (char) (0x20 + random.nextInt(0x7F - 0x20));
            }
            assertThat(TextNormalizer.isPlain(new String(text))).as("length %d", length).isTrue();
            int at = random.nextBoolean() ? length - 1 : random.nextInt(length);
            text[at] = stray[random.nextInt(stray.length)];
            assertThat(TextNormalizer.isPlain(new String(text))).as("length %d, at %d", length, at).isFalse();
        }
    }
}
