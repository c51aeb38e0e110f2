package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.interven.spi.FieldLocation;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The readers of values written in pieces over a megabyte of the text each one looks hardest at: each finishes, so
 * none searches the rest of the text again from every place it stops at. A search from every place would take hours
 * here; the bound only tells that apart, it measures nothing.
 */
class SpelledReadingsAtScaleTest {
    private static final int SIZE = 1 << 20;

    @ParameterizedTest
    @ValueSource(strings = {"0x41,0x42,0x43,0x44,0x45,0x46,0x47,0x48 ", "x o x b - 1 2 3 4 5 6 7 8 9 ; ",
        "\"ab1\" + \"cdefghijklmnop\"; ", "ab1**cd**efghijklmnop ", "j [at] e [dot] com ", "one ",
        "four five 1488, ", "begin 644 a\n", "begin 644 a\n!80``\n`\nend\n", "<~<~", "<~87cURD]i,\"Ebo80~> ",
        "4539_1488_0343_6467 ", "536 / 22 / 8714 "})
    void aMegabyteOfManyRunsIsDecodedInOneSweep(String pattern) {
        String text = pattern.repeat(SIZE / pattern.length());

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThat(LayerDecoder.decode("$.text",
                FieldLocation.BODY, "text", text, false, 0, DecodeBudget.standard())).isNotNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!--", "a<!--", "x@", "a [at", "\"x", "'x\" ", "`", "g h ", "1 ", "1,", "ab*", "a<b>",
        "one ", "nine-", "dash ", ".- ", "-.-. / ", ".......", "a_", "a1_", "aabb", "chr(40)+", "item 40 ",
        "['a', ", "x-y-", "golf ", "alfa bravo charlie 1 ", "capital ",
        "%67", "%67%68%70 ", "&#103;", "%41%52%63%74%45%56%67%78", "1. g\n", "1. \n", "\n1", "12 a\n3",
        "1_", "12_34_", "1_2/", "12/", "1234 / ", "GB82_"})
    void aMegabyteOfOnePatternIsReadInOneSweep(String pattern) {
        String text = pattern.repeat(SIZE / pattern.length());
        List<Function<String, List<SpelledRuns.Run>>> readers = List.of(SpelledRuns::in, LiteralJoins::in,
                MarkupInWords::in, DisguisedAddresses::in, NumberWords::in, SeparatedDigitGroups::in,
                MorseRuns::in, DecoratedRuns::in, PhoneticRuns::in, ListedCharacters::in);

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (Function<String, List<SpelledRuns.Run>> reader : readers) {
                assertThat(reader.apply(text)).isNotNull();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"AKIAZ7QW 3RT5YU2IOP4K ", "ab1cd2 ", "sk_ ", "a. ", "abc ,,,,,,,, ", "x", "...a1b2c3d4",
        "ghp_R8bY2kqN5tLw\n"})
    void aMegabyteOfWordsIsPairedAndJoinedInOneSweep(String pattern) {
        String text = pattern.repeat(SIZE / pattern.length());
        TextSlot slot = TextSlot.plain("$.text", FieldLocation.BODY, "text", text);

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThat(JoinedValues.of(List.of(slot)).fields()
                .stream().mapToInt(field -> field.text().length()).sum()).isLessThanOrEqualTo(3 * SIZE));
    }
}
