package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The context words of a long text are found once and reused while its candidates are judged; the hits a thread
 * keeps do not keep the text itself (it may hold personal data) alive after its call.
 */
class WordHitsTest {

    @Test
    void aLongTextsContextWordsAreFoundFromItsIndex() {
        ContextWords phone = ContextWords.of("phone");
        String filler = "the export job streams rows. ".repeat(ContextWords.INDEXED_TEXT_LENGTH / 29 + 1);
        String text = filler + "phone: 503 937 4811 and " + filler;
        int number = text.indexOf("503");

        assertThat(phone.before(text, number)).isTrue();
        assertThat(phone.before(text, text.length() - 1)).as("beyond the window").isFalse();
        String copy = new String(text.toCharArray());
        assertThat(phone.lastBefore(copy, number)).as("another text with the same characters")
                .isEqualTo(phone.lastBefore(text, number)).isPositive();
    }

    @Test
    void keepsNoStrongReferenceToTheText() {
        assertThat(Arrays.stream(WordHits.class.getDeclaredFields()).map(Field::getType))
                .doesNotContain(String.class, CharSequence.class, char[].class, byte[].class);
    }
}
