package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Folding lower-cases character by character and percent-decodes, keeping where each character came from. */
class FoldedTextTest {

    @Test
    void aTextWithoutEscapesIsLowerCasedInPlace() {
        Random random = new Random(29);
        String characters = "aZ9 .\u00c9\u0130\u03a3\u4e2d\ud83d\ude00-_";
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(characters.charAt(random.nextInt(characters.length())));
            }
            FoldedText folded = FoldedText.of(text.toString());
            StringBuilder expected = new StringBuilder();
            text.chars().forEach(c -> expected.append(Character.toLowerCase((char) c)));
            assertThat(folded.text()).isEqualTo(expected.toString());
            int from = random.nextInt(length);
            int to = from + 1 + random.nextInt(length - from);
            assertThat(folded.originalSpan(from, to)).containsExactly(from, to);
        }
    }

    @Test
    void escapesAreDecodedAndMappedToTheirWholeSpan() {
        FoldedText folded = FoldedText.of("Key%3DVAL%C3%A9x");
        assertThat(folded.text()).isEqualTo("key=valéx");
        assertThat(folded.originalSpan(3, 4)).containsExactly(3, 6);
        assertThat(folded.originalSpan(7, 8)).containsExactly(9, 15);
        assertThat(folded.originalSpan(8, 9)).containsExactly(15, 16);
    }
}
