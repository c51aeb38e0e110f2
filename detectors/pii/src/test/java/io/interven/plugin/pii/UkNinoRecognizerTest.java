package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UkNinoRecognizerTest {
    private final RecognizerProbe probe = new RecognizerProbe(new UkNinoRecognizer(), "UK_NINO");

    @ParameterizedTest
    @ValueSource(strings = {"AB123456C", "AB 12 34 56 C", "JG103759A", "CE 98 76 54 D", "WX000001B"})
    void findsNationalInsuranceNumbers(String nino) {
        probe.findsIn(nino, "%s", "NI number: %s.", "{\"nino\": \"%s\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "QQ123456C", "DA123456A", "FA123456A", "IA123456A", "UA123456A", "VA123456A", // first letter never issued
            "AD123456A", "AO123456A", "AQ123456A", "AV123456A", // second letter never issued
            "BG123456A", "GB123456A", "KN123456A", "NK123456A", "NT123456A", "TN123456A", "ZZ123456A", // prefixes
            "AB123456E", "AB12345C", "AB1234567C", "AB 123456 C", "AB 12 34 56C", // suffix, digits, grouping
            "XAB123456C", "AB123456CD", "key_AB123456C", "ab123456c", "AB123456C-2", "v1.AB123456C",
    })
    void ignoresLookalikes(String text) {
        assertThat(probe.found(text)).isEmpty();
    }
}
