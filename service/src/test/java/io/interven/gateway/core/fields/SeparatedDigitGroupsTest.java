package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SeparatedDigitGroupsTest {
    private static final int[][] GROUPINGS = {{3, 2, 4}, {3, 3, 4}, {1, 3, 3, 4}, {4, 4, 4, 4}, {4, 4, 4, 4, 3},
        {4, 6, 5}, {4, 6, 4}, {4, 4, 4, 4, 4, 2}, {2, 3, 4}, {4, 4, 4, 4, 4, 4, 4, 4, 4}};
    /** Separators (with spaces or not), spaces, a dash, a dot and none. */
    private static final String[] BETWEEN = {"_", "/", "\\", "|", "~", "*", "+", ":", ";", "_", "/", "|", " / ", " _ ",
        " | ", "/ ", " ", "-", ".", ""};
    private static final String[] AROUND = {"", "", " ", "ssn ", "x", "| ", "|", "1/", ".", "-", "v2.", "a "};
    /** Words of other letters between groups of groups, short and long, so that they stand at every place. */
    private static final String[] WORDS = {" ", ", ", " and ", "\n", " is so ", " then the card ",
        " for the pay, and the next one ", " the room 2 of 3 ok "};
    /** Words that keep groups of groups apart: each is read as it would be alone. */
    private static final String[] APART = {" and ", "\nand ", " and then the card for the pay, and the next one: and "};
    private static final int TEXTS = 20_000;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " # ", value = {
            "ssn 536_22_8714 ok # 536_22_8714 # 536-22-8714",
            "card 4539/1488/0343/6467. # 4539/1488/0343/6467 # 4539-1488-0343-6467",
            "at 415|555|0123 # 415|555|0123 # 415-555-0123",
            "(4539*1488*0343*6467) # 4539*1488*0343*6467 # 4539-1488-0343-6467",
            "x 4539+1488+0343+6467 # 4539+1488+0343+6467 # 4539-1488-0343-6467",
            "x 536~22~8714 # 536~22~8714 # 536-22-8714",
            "x 536\\22\\8714 # 536\\22\\8714 # 536-22-8714",
            "iban DE89_3704_0044_0532_0130_00 # DE89_3704_0044_0532_0130_00 # DE89 3704 0044 0532 0130 00",
            "GB82/WEST/1234/5698/7654/32 # GB82/WEST/1234/5698/7654/32 # GB82 WEST 1234 5698 7654 32",
            "ssn 536_22_8714_ # 536_22_8714 # 536-22-8714",
            "path /users/4539/1488/0343/6467/cards # 4539/1488/0343/6467 # 4539-1488-0343-6467",
            "before 1/4539/1488/0343/6467 # 4539/1488/0343/6467 # 4539-1488-0343-6467",
            "after 536/22/8714/1234567 # 536/22/8714 # 536-22-8714",
            "into a word 4539/1488/0343/6467/12ab # 4539/1488/0343/6467 # 4539-1488-0343-6467",
            "a country code 1_415_555_0123 # 1_415_555_0123 # 1-415-555-0123",
            "spaced ssn 536 / 22 / 8714 ok # 536 / 22 / 8714 # 536-22-8714",
            "spaced card 4539 _ 1488 _ 0343 _ 6467 # 4539 _ 1488 _ 0343 _ 6467 # 4539-1488-0343-6467",
            "mixed ssn 536_22/8714 # 536_22/8714 # 536-22-8714",
            "mixed card 4539/1488 | 0343_6467 # 4539/1488 | 0343_6467 # 4539-1488-0343-6467",
    })
    void aNumberInGroupsIsReadBackWithDashes(String text, String written, String value) {
        List<SpelledRuns.Run> runs = SeparatedDigitGroups.in(text);

        assertThat(runs).hasSize(1);
        SpelledRuns.Run run = runs.get(0);
        assertThat(text.substring(run.start(), run.end())).isEqualTo(written);
        assertThat(run.value()).isEqualTo(value);
        assertThat(SeparatedDigitGroups.mayHold(text)).isTrue();
        // a place in the text maps to the same digit of the value
        char last = written.charAt(written.length() - 1);
        int lastAt = text.indexOf(written) + written.length() - 1;
        assertThat(run.value().charAt(run.toValue().applyAsInt(lastAt))).isEqualTo(last);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "released 2026/12/07", "on 07/12/2026 and 7/12/2026", "at 12:30:45", "v1_2_3", "a 536_22 b",
            "x536_22_8714", "536_22_8714x", "1234567_22_8714", "536-22-8714", "4539 1488 0343 6467",
            "v2.536_22_8714", "536_22_8714.5", "snake_case_name", "ID_2024_X", "1_2_3_4_5_6", "con:20/30/600/150",
            "1234/5678/90", "12/34/5678", "XX89_3704_0044", "DEAB_3704_0044_0532", "536 /22 /8714", "536/ 22/ 8714",
            "| 4539 | 1488 | 0343 | 6467 |", "|4539|1488|0343|6467|", "4539 | 1488 | 0343 | 6467 |",
    })
    void whatIsNoNumberInGroupsIsLeftAlone(String text) {
        assertThat(SeparatedDigitGroups.in(text)).isEmpty();
    }

    @Test
    void aRunAfterALongGroupIsStillFound() {
        List<SpelledRuns.Run> runs = SeparatedDigitGroups.in("ref 12345678/999 and 536/22/8714 or 4539_1488_0343_6467");

        assertThat(runs).extracting(SpelledRuns.Run::value).containsExactly("536-22-8714", "4539-1488-0343-6467");
    }

    @Test
    void aTextWithoutASeparatorBetweenDigitsHoldsNone() {
        assertThat(SeparatedDigitGroups.mayHold("card 4539-1488-0343-6467, ssn 536 22 8714, a_b/c")).isFalse();
    }

    @Test
    void aTextWithoutEnoughGroupsOrDigitsAroundASeparatorHoldsNone() {
        assertThat(SeparatedDigitGroups.mayHold("at 12:30, on 1/2/3 and 536_22, 8714_1")).isFalse();
        assertThat(SeparatedDigitGroups.mayHold("2025-01-26T14:34:30.482Z DEBUG [ml-scorer] ok")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"536_22_8714", "GB82_WEST_1234_5", "x 536 / 22 / 8714",
        "ab 536_22_8714 and 1_415_555_0123"})
    void mayHoldTheShortestRunsAtEitherEnd(String text) {
        assertThat(SeparatedDigitGroups.in(text)).isNotEmpty();
        assertThat(SeparatedDigitGroups.mayHold(text)).isTrue();
    }

    /**
     * The gate is exact for random texts of groups of digits and capitals, with separators, spaces, other letters and
     * punctuation between and around them: where the reader finds a run, the gate passes, and enough texts hold one
     * for that to tell.
     */
    @Test
    void mayHoldWhereverARunIsFound() {
        Random random = new Random(20261207);
        int found = 0;
        for (int t = 0; t < TEXTS; t++) {
            String text = randomText(random);
            if (!SeparatedDigitGroups.in(text).isEmpty()) {
                found++;
                assertThat(SeparatedDigitGroups.mayHold(text)).as(text).isTrue();
            }
        }
        assertThat(found).isGreaterThan(TEXTS / 40);
    }

    /** Groups of a known grouping or of random lengths, an eighth of their characters capitals, or an IBAN's start. */
    private static String randomGroups(Random random) {
        int[] lengths = GROUPINGS[random.nextInt(GROUPINGS.length)];
        if (random.nextInt(3) == 0) {
            lengths = random.ints(random.nextInt(7), 1, 8).toArray();
        }
        StringBuilder text = new StringBuilder(AROUND[random.nextInt(AROUND.length)]);
        for (int g = 0; g < lengths.length; g++) {
            text.append(g > 0 ? BETWEEN[random.nextInt(BETWEEN.length)] : "");
            if (g == 0 && random.nextInt(8) == 0) {
                text.append("DE89");
                continue;
            }
            for (int k = 0; k < lengths[g]; k++) {
                text.append(random.nextInt(8) > 0 ? (char) ('0' + random.nextInt(10))
                        : (char) ('A' + random.nextInt(26)));
            }
        }
        return text.append(AROUND[random.nextInt(AROUND.length)]).toString();
    }

    /**
     * The reader skips what may hold none, and finds what each of a few random groups of groups holds alone in a text
     * of them with words apart between, in its place.
     */
    @Test
    void runsApartAreFoundWhereverTheyStand() {
        Random random = new Random(20261208);
        for (int t = 0; t < TEXTS; t++) {
            StringBuilder text = new StringBuilder();
            List<String> expected = new ArrayList<>();
            for (int part = random.nextInt(4); part >= 0; part--) {
                text.append(text.length() > 0 ? APART[random.nextInt(APART.length)] : "");
                String groups = randomGroups(random);
                for (SpelledRuns.Run run : SeparatedDigitGroups.in(groups)) {
                    expected.add(text.length() + run.start() + ":" + run.value());
                }
                text.append(groups);
            }
            assertThat(SeparatedDigitGroups.in(text.toString())).as(text.toString())
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
