package io.interven.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The comparable forms are a contract between the gateway (hashing answers) and signals (hashing calls): they must
 * not change. A fragment is the text after NFKC, lower-cased, with each run of {@code \s} as one space, stripped.
 */
class ComparableValuesTest {
    private static final String CHARACTERS = "aB9 \t\n\u000B\f\r\u00A0\u2003\u3000Ｆｕｌｌé\u0301İ-_.x";

    @Test
    void aFragmentIsTheNormalizedTextWithSpaceRunsCollapsed() {
        assertThat(ComparableValues.ofFragment("  Hello\t\tWORLD \r\n this is  a long enough text  "))
                .contains("fragment:hello world this is a long enough text");
        assertThat(ComparableValues.ofFragment("short text")).isEmpty();
    }

    @Test
    void fragmentsOfRandomAsciiTextsAreThoseOfTheDefinition() {
        Random random = new Random(6);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(4) == 0 ? " \t\n\u000B\f\r\u001C\u001F".charAt(random.nextInt(8))
                        : (char) random.nextInt(0x80));
            }
            assertThat(ComparableValues.ofFragment(text.toString())).as(text.toString())
                    .isEqualTo(byDefinition(text.toString()));
        }
    }

    @Test
    void fragmentsOfRandomTextsAreThoseOfTheDefinition() {
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
            }
            assertThat(ComparableValues.ofFragment(text.toString())).as(text.toString())
                    .isEqualTo(byDefinition(text.toString()));
        }
    }

    private static Optional<String> byDefinition(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
        return folded.length() < ComparableValues.MIN_FRAGMENT_LENGTH ? Optional.empty()
                : Optional.of("fragment:" + folded);
    }
}
