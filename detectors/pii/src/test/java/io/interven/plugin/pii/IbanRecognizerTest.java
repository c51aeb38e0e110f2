package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanRecognizerTest {
    private final RecognizerProbe probe = new RecognizerProbe(new IbanRecognizer(), "IBAN");

    @ParameterizedTest
    @ValueSource(strings = {
            "GB82WEST12345698765432", "GB82 WEST 1234 5698 7654 32", "DE89370400440532013000",
            "DE89 3704 0044 0532 0130 00", "NL91ABNA0417164300", "NL91 ABNA 0417 1643 00",
            "FR1420041010050500013M02606",
            "IT60X0542811101000000123456", "IT60 X054 2811 1010 0000 0123 456", "ES9121000418450200051332",
            "NO9386011117947", "CH9300762011623852957", "gb82west12345698765432"})
    void findsIbans(String iban) {
        probe.findsIn(iban, "%s", "please wire the refund to IBAN %s.", "IBAN: %s (BIC BARCGB22)",
                "{\"iban\": \"%s\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "GB83WEST12345698765432", "DE88370400440532013000", "NL91 ABNA 0417 1643 01", // wrong check digits
            "GB82WEST1234569876543", "GB82WEST123456987654321", "NL91ABNA041716430", // wrong length for the country
            "XX82WEST12345698765432", "US64SVBKUS6S3300958879", // no IBANs in the country
            "Gb82West12345698765432", // mixed case
            "GB82WEST12345698765432X", "ref-GB82WEST12345698765432", "id/GB82WEST12345698765432", // inside a token
            "GB82 WEST 1234 5698 7654 3", "GB82  WEST 1234 5698 7654 32", "GB82 WES T123 4569 8765 432", // grouping
            "GB00WEST12345698765432", "GB01 WEST 1234 5698 7654 32", // impossible check digits
            "AB12CDEF34567890123456", "sha DE8937040044053201300099ffee", "f0a7157a-edab-4d5d-a4a6-9fd50a652b4f",
    })
    void ignoresLookalikes(String text) {
        assertThat(probe.found(text)).isEmpty();
    }
}
