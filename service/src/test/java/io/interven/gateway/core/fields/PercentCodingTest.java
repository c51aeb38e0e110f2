package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whether a stretch of a text holds a percent-escape is answered as for that stretch on its own. */
class PercentCodingTest {
    private static final String ALPHABET = "%%%0a9FgG z";

    @Test
    void aStretchHasAnEscapeExactlyWhenItsSubstringHasOne() {
        Random random = new Random(19);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);

            // an escape that starts inside the stretch but ends past it does not count
            assertThat(PercentCoding.hasEscape(text.toString(), from, to)).as("%s [%d, %d)", text, from, to)
                    .isEqualTo(PercentCoding.hasEscape(text.substring(from, to)));
        }
    }
}
