package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShannonEntropyTest {

    @Test
    void measuresBitsPerCharacter() {
        assertThat(ShannonEntropy.bitsPerChar("")).isZero();
        assertThat(ShannonEntropy.bitsPerChar("aaaaaaaa")).isZero();
        assertThat(ShannonEntropy.bitsPerChar("abababab")).isCloseTo(1.0, within(1e-9));
        assertThat(ShannonEntropy.bitsPerChar("abcdefgh")).isCloseTo(3.0, within(1e-9));
        assertThat(ShannonEntropy.bitsPerChar("0123456789abcdef")).isCloseTo(4.0, within(1e-9));
    }

    @Test
    void separatesRandomTokensFromWordsAndHex() {
        assertThat(ShannonEntropy.bitsPerChar("mUoaYaLZVPvfCnABW1Z9gVPgZ36he38xhZ+hMH0q")).isGreaterThan(4.2);
        assertThat(ShannonEntropy.bitsPerChar("2fd4e1c67a2d28fced849ee1bb76e7391b93eb12")).isLessThan(4.2);
        assertThat(ShannonEntropy.bitsPerChar("password")).isLessThan(3.0);
    }

    /** The same measure as counting each character in a map (the way it was first written), on any text. */
    @Test
    void agreesWithCountingInAMapOnAnyText() {
        java.util.Random random = new java.util.Random(19);
        for (int round = 0; round < 5_000; round++) {
            int alphabet = 1 + random.nextInt(round % 2 == 0 ? 70 : 3_000);
            char base = round % 3 == 0 ? '\u0391' : '!';
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(120); i >= 0; i--) {
                text.append((char) (base + random.nextInt(alphabet)));
            }

            assertThat(ShannonEntropy.bitsPerChar(text)).as(text.toString())
                    .isCloseTo(countedInAMap(text), within(1e-12));
        }
    }

    private static double countedInAMap(CharSequence value) {
        java.util.Map<Character, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < value.length(); i++) {
            counts.merge(value.charAt(i), 1, Integer::sum);
        }
        double bits = 0.0;
        for (int count : counts.values()) {
            double p = (double) count / value.length();
            bits -= p * (Math.log(p) / Math.log(2));
        }
        return bits;
    }
}
