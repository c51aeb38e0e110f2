package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCardRecognizerTest {
    private final CreditCardRecognizer recognizer = new CreditCardRecognizer();

    private List<String> found(String text) {
        List<Finding> findings = recognizer.recognize(new ScanField("$.note", FieldLocation.BODY, "note", text));
        findings.forEach(f -> {
            assertThat(f.entityType()).isEqualTo("CREDIT_CARD");
            assertThat(f.dataClass()).isEqualTo("PII");
        });
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", // Visa
            "4222222222222", // Visa, 13 digits
            "5555555555554444", "2223003122003222", "5140 9287 9586 2046", // Mastercard, both ranges
            "378282246310005", "3782 822463 10005", "3420-897903-62719", // American Express
            "6011111111111117", "6011 0009 9013 9424", // Discover
            "3530111333300000", // JCB
            "30569309025904", "3056 930902 5904", "36227206271667", // Diners Club
            "6200000000000005", // UnionPay
    })
    void findsValidCardNumbers(String number) {
        assertThat(found("card on file: " + number + " exp 12/27")).containsExactly(number);
        assertThat(found(number)).containsExactly(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "4111111111111112", // Luhn fails
            "ref 4375494497989481", // Luhn fails
            "1234567812345670", // Luhn passes, no issuer starts with 1
            "8800000000000005", // Luhn passes, no issuer range
            "1733906400000", // epoch milliseconds
            "order 98765432109876543210", // longer digit run
            "id 94111111111111111", // a valid number inside a longer run
            "f0a7157a-edab-4d5d-a4a6-9fd50a652b4f", // UUID
            "req=4111111111111111abc", // glued to a word
            "sha 4111111111111111ffeeddccbbaa99887766554433221100", // part of a hash
            "4111 1111-1111 1111", // mixed separators
            "41 11 11 11 11 11 11 11", // pairs are not how cards are written
            "call +4111111111111", // phone number shape
            "v1.4111111111111111", // part of a dotted number
            "3411111111111110", // Luhn passes, but American Express numbers have 15 digits
            "411111111111116", // Luhn passes, but Visa numbers have 13, 16 or 19 digits
    })
    void ignoresHardNegatives(String text) {
        assertThat(found(text)).isEmpty();
    }
}
