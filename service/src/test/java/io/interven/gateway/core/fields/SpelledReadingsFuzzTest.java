package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.interven.spi.FieldLocation;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The readers of values written in pieces, given random texts made of the characters they look for (separators,
 * quotes, markup, brackets, {@code at} and {@code dot}, digits, letters) at every length up to 200: none throws, every
 * run lies inside the text, and a whole decoding of each text completes.
 */
class SpelledReadingsFuzzTest {
    private static final String[] PARTS = {"a", "b", "Z", "7", "0", "_", "-", ".", ",", " ", "  ", "\n", "\r\n", "\t",
        "*", "**", "~", "`", "|", ":", ";", "'", "\"", "+", "=", "/", "\\", "[", "]", "(", ")", "{", "}", "<", ">",
        "<b>", "</b>", "<!--", "-->", "[at]", "(at)", " at ", " AT ", "[dot]", " dot ", " . ", "@", "0x4", "0x67",
        "103", "\\147", "join(", "].join(", "concat(", "ghp_", "xoxb-", "é", "\u200B", "ab12", "CD34",
        "one", "Five", "nine ", " dash ", "1488", ".-", "-...", " / ", "\u00B7"};
    private static final int TEXTS = 20_000;

    @Test
    void noReaderThrowsAndEveryRunLiesInsideItsText() {
        List<Function<String, List<SpelledRuns.Run>>> readers = List.of(SpelledRuns::in, LiteralJoins::in,
                MarkupInWords::in, DisguisedAddresses::in, NumberWords::in, SeparatedDigitGroups::in,
                MorseRuns::in, DecoratedRuns::in, PhoneticRuns::in);
        Random random = new Random(20261206);
        for (int t = 0; t < TEXTS; t++) {
            String text = randomText(random);
            for (Function<String, List<SpelledRuns.Run>> reader : readers) {
                List<SpelledRuns.Run> runs = reader.apply(text);
                for (SpelledRuns.Run run : runs) {
                    assertThat(run.start()).as(text).isBetween(0, run.end() - 1);
                    assertThat(run.end()).as(text).isLessThanOrEqualTo(text.length());
                    if (run.toValue() != null) {
                        for (int k = run.start(); k <= run.end(); k++) {
                            assertThat(run.toValue().applyAsInt(k)).as(text).isBetween(0, run.value().length());
                        }
                    }
                }
            }
            String written = text;
            assertThatCode(() -> LayerDecoder.decode("$.text", FieldLocation.BODY, "text", written, false, 0,
                    DecodeBudget.standard())).as(text).doesNotThrowAnyException();
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = random.nextInt(80);
        for (int p = 0; p < parts && text.length() < 200; p++) {
            text.append(PARTS[random.nextInt(PARTS.length)]);
        }
        return text.toString();
    }
}
