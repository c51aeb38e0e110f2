package io.interven.gateway.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Texts fit their column whatever a call carried: bounded, no control character, no lone surrogate. */
class StoredTextTest {

    @Test
    void aTextThatFitsIsKeptAsItIs() {
        String text = "api.example.com/\u00e9t\u00e9 \uD83D\uDE00";

        assertThat(StoredText.bounded(text, 100)).isSameAs(text);
        assertThat(StoredText.bounded(null, 10)).isNull();
        assertThat(StoredText.required(null, 10)).isEmpty();
    }

    @Test
    void aLongTextIsCutToItsColumnAndSaysSo() {
        String bounded = StoredText.bounded("h".repeat(300), 255);

        assertThat(bounded).hasSize(255).endsWith("\u2026").startsWith("hhh");
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreReplaced() {
        assertThat(StoredText.bounded("a\u0000b\u0007c\nd", 100)).isEqualTo("a\ufffdb\ufffdc\ufffdd");
        assertThat(StoredText.bounded("x\ud800y\udc00z", 100)).isEqualTo("x\ufffdy\ufffdz");
    }

    @Test
    void aSurrogatePairIsNeverCutInTwo() {
        String emoji = "\uD83D\uDE00";
        String bounded = StoredText.bounded("ab" + emoji.repeat(10), 5);

        assertThat(bounded).isEqualTo("ab" + emoji + "\u2026");
        for (int length = 1; length < 30; length++) {
            String cut = StoredText.bounded(emoji.repeat(20), length);
            assertThat(cut.length()).isLessThanOrEqualTo(length);
            long lone = cut.codePoints().filter(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)
                    .count();
            assertThat(lone).as(cut).isZero();
        }
    }
}
