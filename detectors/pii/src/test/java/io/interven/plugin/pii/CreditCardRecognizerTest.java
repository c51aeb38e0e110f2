package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCardRecognizerTest {
    private final RecognizerProbe probe = new RecognizerProbe(new CreditCardRecognizer(), "CREDIT_CARD");

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
            "6759649826438453", "6763123456789012344", "6304 0000 0000 0000", // Maestro, 16 and 19 digits
            "2200123456789019", // Mir
            "180012345678905", "213112345678904", // JCB, 15-digit ranges
    })
    void findsValidCardNumbers(String number) {
        probe.findsIn(number, "card on file: %s exp 12/27", "%s");
    }

    @ParameterizedTest
    @ValueSource(strings = {"我的信用卡是%s", "カード番号%sです", "卡号：%s，有效期", "บัตรเครดิต%sครับ", "카드번호%s입니다"})
    void findsNumbersRightAgainstWordsOfScriptsWrittenWithoutSpaces(String template) {
        assertThat(probe.found(template.formatted("4539148803436467"))).containsExactly("4539148803436467");
    }

    @ParameterizedTest
    @ValueSource(strings = {"карта4539148803436467", "κάρτα4539148803436467", "x4539148803436467", "4539148803436467z",
            "4539148803436467ы"})
    void aNumberGluedToALetterOfAScriptWrittenWithSpacesIsPartOfAWord(String text) {
        assertThat(probe.found(text)).isEmpty();
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
            "Bearer xoxb-5994123438-6191756426509-PVhjIW7N1geHEKHN7Fnh6TNj", // dashed groups of a token
            "INV-2024-4111111111111111", // dashed groups of an id
            "4111111111111111-ab", // glued to a word by a dash
            "3411111111111110", // Luhn passes, but American Express numbers have 15 digits
            "411111111111116", // Luhn passes, but Visa numbers have 13, 16 or 19 digits
    })
    void ignoresHardNegatives(String text) {
        assertThat(probe.found(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"501800000009", "584528792610", "5018 0000 0009"})
    void findsTwelveDigitMaestroNumbersNextToACardWord(String number) {
        assertThat(probe.found("What is the limit for card " + number + "?")).containsExactly(number);
        assertThat(probe.found("Please charge my credit card. Number is " + number)).containsExactly(number);
        assertThat(probe.found("$.payment.pan", "pan", number)).containsExactly(number);
        assertThat(probe.found("order " + number + " shipped")).isEmpty();
        assertThat(probe.found(number)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3590730093437731", "3502162941615515"})
    void findsNumbersOfJcbsWholeBlockNextToACardWord(String number) {
        assertThat(probe.found("Please block card no " + number)).containsExactly(number);
        assertThat(probe.found("shipment " + number)).isEmpty();
    }

    @Test
    void ignoresTwelveDigitNumbersOutsideMaestroRanges() {
        assertThat(probe.found("card 411111111116")).isEmpty(); // Luhn-valid, but Visa has no 12-digit numbers
    }
}
