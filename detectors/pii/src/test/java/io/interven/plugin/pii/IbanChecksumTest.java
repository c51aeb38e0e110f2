package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IbanChecksumTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"GB82WEST12345698765432, true", "GB81WEST12345698765432, false", "BE68539007547034, true",
            "MT84MALT011000012345MTLCAST001S, true", "MT84MALT011000012345MTLCAST001T, false",
            "gb82west12345698765432, false", "GB82WEST1234569876543!, false", "GB8, false"})
    void checksMod97(String iban, boolean valid) {
        assertThat(IbanChecksum.isValid(iban)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"GB, 22", "DE, 22", "NL, 18", "NO, 15", "FR, 27", "IT, 27", "ES, 24", "MT, 31", "RU, 33"})
    void knowsCountryLengths(String country, int length) {
        assertThat(IbanCountry.length(country)).hasValue(length);
        assertThat(IbanCountry.length("US")).isEmpty();
    }
}
