package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A value a character a list item is read back; lists of words, of numbers and short lists are not. */
class ListedCharactersTest {
    private static final String VALUE = "ghp_R8bY2kqN5tLw3x";
    private static final String[] ITEMS = {"%d. %c\n", "%d) %c\n", "%d: %c\n", "#%d %c\n", "  %d.  %c  \n", "%d - %c\n",
        "%d %c\n", "%d.%c\r\n", "%d. %c ", "%d) %c  ", "- %c\n", "* %c\n", "\u2022 %c\n", "+ %c\n"};
    private static final String[] NO_RUNS = {"1. deploy\n2. test\n3. ship\n4. rest\n5. a\n6. b\n7. c\n8. d\n9. e\n",
        "1. 4\n2. 5\n3. 6\n4. 7\n5. 8\n6. 9\n7. 0\n8. 1\n", // no letter
        "1. a\n2. 1\n3. b\n4. 2\n5. c\n6. 3\n7. d\n", // seven lines
        "10x\n11y\n12z\n13a\n14b\n15c\n16d\n17e\n", // numbers glued to words
        "In 2020 a team of 12 people in 3 cities: 4 x 5 is 20, 6 y 7 and 8 z 9 w"};
    private static final String BROKEN =
            "1. a\n2. 1\n3. b\n4. 2\nnote\n5. c\n6. 3\n7. d\n8. 4\n9. e\n10. 5\n11. f\n12. 6\n";
    private static final String[] PARTS = {"#", ".", ")", ":", "-", "*", "+", "\u2022", "a", "Z", "7", "0", "12", " ",
        "  ", "\n", "\r\n", "\t"};

    static Stream<String> items() {
        return Stream.of(ITEMS);
    }

    @ParameterizedTest
    @MethodSource("items")
    void aCharacterAnItemIsRead(String item) {
        String text = listed(item, VALUE);

        assertThat(ListedCharacters.mayHold(text)).isTrue();
        List<SpelledRuns.Run> runs = ListedCharacters.in(text);

        assertThat(runs).extracting(SpelledRuns.Run::value).containsExactly(VALUE);
    }

    @Test
    void listsOfWordsNumbersOrFewLinesAreNot() {
        for (String text : NO_RUNS) {
            assertThat(ListedCharacters.in(text)).as(text).isEmpty();
        }
        assertThat(ListedCharacters.mayHold("no lines here")).isFalse();
        assertThat(ListedCharacters.mayHold(NO_RUNS[2])).isFalse(); // the gate counts a list's items, as in() does
    }

    @Test
    void aListBrokenByAnotherLineIsTwoRunsOrNone() {
        assertThat(ListedCharacters.in(BROKEN)).extracting(SpelledRuns.Run::value).containsExactly("c3d4e5f6");
    }

    /**
     * The gate lets every text a run is read from through: the examples above, and random texts of list items (in
     * turn, out of turn, each decoration, with any character) among the characters lists are made of.
     */
    @Test
    void everyTextARunIsReadFromPassesTheGate() {
        List<String> texts = new ArrayList<>(List.of(NO_RUNS));
        texts.add(BROKEN);
        texts.add("no lines here");
        for (String item : ITEMS) {
            texts.add(listed(item, VALUE));
        }
        Random random = new Random(20261207);
        for (int t = 0; t < 5_000; t++) {
            texts.add(randomText(random));
        }
        int withRuns = 0;
        for (String text : texts) {
            if (!ListedCharacters.in(text).isEmpty()) {
                withRuns++;
                assertThat(ListedCharacters.mayHold(text)).as(text).isTrue();
            }
        }
        assertThat(withRuns).isGreaterThan(500); // the random texts hold runs, not only the examples
    }

    private static String listed(String item, String value) {
        StringBuilder text = new StringBuilder("Here it is, one per line:\n");
        for (int i = 0; i < value.length(); i++) {
            text.append(item.contains("%d") ? item.formatted(i + 1, value.charAt(i)) : item.formatted(value.charAt(i)));
        }
        return text.append("Done.").toString();
    }

    /** Items of one kind mostly, numbered mostly in turn, with other items and parts of lists between them. */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        String kind = ITEMS[random.nextInt(ITEMS.length)];
        int number = random.nextInt(12);
        int pieces = random.nextInt(30);
        for (int p = 0; p < pieces; p++) {
            if (random.nextInt(6) == 0) {
                text.append(PARTS[random.nextInt(PARTS.length)]);
                continue;
            }
            String item = random.nextInt(6) == 0 ? ITEMS[random.nextInt(ITEMS.length)] : kind;
            char character = "ab7Z_-.#*\u2022".charAt(random.nextInt(10));
            number += random.nextInt(10) == 0 ? random.nextInt(3) : 1;
            text.append(item.contains("%d") ? item.formatted(number, character) : item.formatted(character));
        }
        return text.toString();
    }
}
