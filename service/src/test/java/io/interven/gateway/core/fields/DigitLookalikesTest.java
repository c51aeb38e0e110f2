package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DigitLookalikesTest {
    private static final String LOOKALIKES = "OoIilZzSsG";
    private static final int[][] GROUPINGS = {{3, 2, 4}, {3, 3, 4}, {1, 3, 3, 4}, {4, 4, 4, 4}, {4, 4, 4, 4, 3},
        {4, 6, 5}, {4, 6, 4}, {13}, {16}, {19}, {20}};
    /** Separators (spaces and dashes the most), none, and what is no separator. */
    private static final String[] BETWEEN = {" ", " ", " ", "-", "-", "-", "_", "/", "\\", "|", "~", "*", "+", ":",
        ";", "", ",", ".", "x", " / ", "  "};
    private static final String[] AROUND = {"", "", " ", "card ", "x", "a ", "(", "1", "o", "B", ". ", "-", "/"};
    /** Words of other letters between groups of groups, short and long, so that they stand at every place. */
    private static final String[] WORDS = {" ", ", ", " and ", "\n", " is so ", " then the card ",
        " for the pay, and the next one ", " the room 2 of 3 ok "};
    /** Words that keep groups of groups apart: each is read as it would be alone. */
    private static final String[] APART = {" and ", "\nand ", " and then the card for the pay, and the next one: and "};
    private static final int TEXTS = 20_000;

    @ParameterizedTest
    @CsvSource(delimiterString = " # ", value = {
            "card 4539 l488 O343 6467 # 4539 1488 0343 6467",
            "4539-l488-O343-6467. # 4539-1488-0343-6467",
            "ssn 536-22-87l4 # 536-22-8714",
            "call 1 415 555 Ol23 # 1 415 555 0123",
            "4S39148803436467 # 4539148803436467",
            "Zo 4539 I488 o343 6467 Sl # 4539 1488 0343 6467",
            "amex 3782 822463 l0005 # 3782 822463 10005",
            "ssn 536-22-87l4, card 4539 l488 O343 6467 # 536-22-8714",
            "card 4539/l488/O343/6467 # 4539-1488-0343-6467",
            "ssn 536_22_87l4 # 536-22-8714",
    })
    void readsTheNumberBackWithTheDigitsTheLettersStandFor(String text, String value) {
        List<SpelledRuns.Run> runs = DigitLookalikes.in(text);

        assertThat(runs).isNotEmpty();
        SpelledRuns.Run first = runs.get(0);
        assertThat(first.value()).isEqualTo(value);
        assertThat(first.end() - first.start()).isEqualTo(value.length()); // one character for one
        assertThat(text.substring(first.start(), first.end())).isNotEqualTo(value);
        assertThat(DigitLookalikes.mayHold(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "4539 1488 0343 6467", // digits only: read as written
            "SOS 1234 5678", "room 2O1", "ISO 8601", "4539B488E3436467", "Ol 12", "version 1.2l",
            "x4539 l488 O343 6467", "4539 l488 O343 6467x", "4539 l488 OlOl 6467OO", "OOOO OOO1 OOOO 6467",
            "2O24-11-O5", "l0 O00 l23",
    })
    void leavesAloneWhatNoRecognizerWouldTakeOnceRead(String text) {
        assertThat(DigitLookalikes.in(text)).isEmpty();
    }

    @Test
    void mayHoldOnlyWhereSuchALetterStandsBesideADigitAmongEnoughNumberCharacters() {
        assertThat(DigitLookalikes.mayHold("card 4539 l488 O343 6467")).isTrue();
        assertThat(DigitLookalikes.mayHold("ssn 536-22-87l4")).isTrue();
        assertThat(DigitLookalikes.mayHold("solo 4539 so")).isFalse();
        assertThat(DigitLookalikes.mayHold("")).isFalse();
        assertThat(DigitLookalikes.mayHold("room 2O1 on floor 3")).isFalse(); // too few characters for a number
        assertThat(DigitLookalikes.mayHold("4539 l488, 0343 6467")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"536-22-87l4", "4S39148803436", "x 415 555 Ol23", "4S39148803436467 and 536 22 87l4"})
    void mayHoldTheShortestNumbersAtEitherEnd(String text) {
        assertThat(DigitLookalikes.in(text)).isNotEmpty();
        assertThat(DigitLookalikes.mayHold(text)).isTrue();
    }

    /**
     * The gate is exact for random texts of groups of digits and such letters, with separators, other letters and
     * punctuation between and around them: where the reader finds a number, the gate passes, and enough texts hold
     * one for that to tell.
     */
    @Test
    void mayHoldWhereverANumberIsFound() {
        Random random = new Random(20261207);
        int found = 0;
        for (int t = 0; t < TEXTS; t++) {
            String text = randomText(random);
            if (!DigitLookalikes.in(text).isEmpty()) {
                found++;
                assertThat(DigitLookalikes.mayHold(text)).as(text).isTrue();
            }
        }
        assertThat(found).isGreaterThan(TEXTS / 20);
    }

    /** Groups of a known grouping, of a run alone or of random lengths, a quarter of their characters letters. */
    private static String randomGroups(Random random) {
        int[] lengths = GROUPINGS[random.nextInt(GROUPINGS.length)];
        if (random.nextInt(3) == 0) {
            lengths = random.ints(random.nextInt(6), 1, 8).toArray();
        }
        StringBuilder text = new StringBuilder(AROUND[random.nextInt(AROUND.length)]);
        for (int g = 0; g < lengths.length; g++) {
            text.append(g > 0 ? BETWEEN[random.nextInt(BETWEEN.length)] : "");
            for (int k = 0; k < lengths[g]; k++) {
                text.append(random.nextInt(4) > 0 ? (char) ('0' + random.nextInt(10))
                        : LOOKALIKES.charAt(random.nextInt(LOOKALIKES.length())));
            }
        }
        return text.append(AROUND[random.nextInt(AROUND.length)]).toString();
    }

    /**
     * The reader skips what may hold none, and finds what each of a few random groups of groups holds alone in a text
     * of them with words apart between, in its place.
     */
    @Test
    void numbersApartAreFoundWhereverTheyStand() {
        Random random = new Random(20261208);
        for (int t = 0; t < TEXTS; t++) {
            StringBuilder text = new StringBuilder();
            List<String> expected = new ArrayList<>();
            for (int part = random.nextInt(4); part >= 0; part--) {
                text.append(text.length() > 0 ? APART[random.nextInt(APART.length)] : "");
                String groups = randomGroups(random);
                for (SpelledRuns.Run run : DigitLookalikes.in(groups)) {
                    expected.add(text.length() + run.start() + ":" + run.value());
                }
                text.append(groups);
            }
            assertThat(DigitLookalikes.in(text.toString())).as(text.toString())
                    .extracting(run -> run.start() + ":" + run.value()).containsExactlyElementsOf(expected);
        }
    }

    /** One to three groups of groups, with words between them. */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder(randomGroups(random));
        for (int more = random.nextInt(3); more > 0; more--) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(randomGroups(random));
        }
        return text.toString();
    }
}
