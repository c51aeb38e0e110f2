package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.core.fields.JsonNumbers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonNumbersTest {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({
            "4111111111111111, 4111111111111111",
            "4111111111111111.0, 4111111111111111",
            "4111111111111111.000, 4111111111111111",
            "4.111111111111111E15, 4111111111111111",
            "4.111111111111111e+15, 4111111111111111",
            "41111111111111.11E2, 4111111111111111",
            "6011000990139424, 6011000990139424",
            "4000056655665556123.0, 4000056655665556123",
            "-12.50, -12.5",
            "0.0, 0",
            "1e999999, 1E+999999",
            "not-a-number, not-a-number"})
    void numbersReadAsTheirPlainDigits(String literal, String text) {
        assertThat(JsonNumbers.plainText(literal)).isEqualTo(text);
    }
}
