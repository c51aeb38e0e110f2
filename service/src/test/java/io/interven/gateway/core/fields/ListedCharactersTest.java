package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A value a character a list item is read back; lists of words, of numbers and short lists are not. */
class ListedCharactersTest {
    private static final String VALUE = "ghp_R8bY2kqN5tLw3x";

    @ParameterizedTest
    @ValueSource(strings = {"%d. %c\n", "%d) %c\n", "%d: %c\n", "#%d %c\n", "  %d.  %c  \n", "%d - %c\n", "%d %c\n",
        "%d.%c\r\n", "%d. %c ", "%d) %c  ", "- %c\n", "* %c\n", "\u2022 %c\n", "+ %c\n"})
    void aCharacterAnItemIsRead(String item) {
        StringBuilder text = new StringBuilder("Here it is, one per line:\n");
        for (int i = 0; i < VALUE.length(); i++) {
            text.append(item.contains("%d") ? item.formatted(i + 1, VALUE.charAt(i)) : item.formatted(VALUE.charAt(i)));
        }
        text.append("Done.");

        assertThat(ListedCharacters.mayHold(text.toString())).isTrue();
        List<SpelledRuns.Run> runs = ListedCharacters.in(text.toString());

        assertThat(runs).extracting(SpelledRuns.Run::value).containsExactly(VALUE);
    }

    @Test
    void listsOfWordsNumbersOrFewLinesAreNot() {
        assertThat(ListedCharacters.in("1. deploy\n2. test\n3. ship\n4. rest\n5. a\n6. b\n7. c\n8. d\n9. e\n")).isEmpty();
        assertThat(ListedCharacters.in("1. 4\n2. 5\n3. 6\n4. 7\n5. 8\n6. 9\n7. 0\n8. 1\n")).isEmpty(); // no letter
        assertThat(ListedCharacters.in("1. a\n2. 1\n3. b\n4. 2\n5. c\n6. 3\n7. d\n")).isEmpty(); // seven lines
        assertThat(ListedCharacters.in("10x\n11y\n12z\n13a\n14b\n15c\n16d\n17e\n")).isEmpty(); // numbers glued to words
        assertThat(ListedCharacters.in("In 2020 a team of 12 people in 3 cities: 4 x 5 is 20, 6 y 7 and 8 z 9 w")).isEmpty();
        assertThat(ListedCharacters.mayHold("no lines here")).isFalse();
    }

    @Test
    void aListBrokenByAnotherLineIsTwoRunsOrNone() {
        String text = "1. a\n2. 1\n3. b\n4. 2\nnote\n5. c\n6. 3\n7. d\n8. 4\n9. e\n10. 5\n11. f\n12. 6\n";

        assertThat(ListedCharacters.in(text)).extracting(SpelledRuns.Run::value).containsExactly("c3d4e5f6");
    }
}
