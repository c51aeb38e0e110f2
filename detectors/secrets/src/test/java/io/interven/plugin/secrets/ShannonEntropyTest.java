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
}
