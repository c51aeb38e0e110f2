package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LuhnChecksumTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "79927398713, true", "79927398710, false", "4111111111111111, true", "4111111111111112, false",
            "0, false", "00, true", "12a4, false"})
    void checksTheMod10CheckDigit(String digits, boolean valid) {
        assertThat(LuhnChecksum.isValid(digits)).isEqualTo(valid);
    }
}
