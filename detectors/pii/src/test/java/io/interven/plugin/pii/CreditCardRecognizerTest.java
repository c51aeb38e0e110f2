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

    /** A number in uneven groups or with mixed separators, as written to slip past a check of its layout. */
    @ParameterizedTest
    @ValueSource(strings = {"4539 148 8034 36467", "4539-1488 0343 6467", "45 39 14 88 03 43 64 67",
            "453914 8803436467",
            "4539148-803436467", "4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7"})
    void findsNumbersInAnyGroupsNextToACardWord(String number) {
        assertThat(probe.found("card " + number + " exp 12/27")).containsExactly(number);
        assertThat(probe.found("please charge my card: " + number)).containsExactly(number);
        assertThat(probe.found("ticket " + number + " closed")).isEmpty();
    }

    /** Without a card word, numbers in other layouts that pass Luhn and fall in an issuer's range stay numbers. */
    @Test
    void ignoresNumbersInOtherLayoutsWithoutACardWord() {
        java.util.Random random = new java.util.Random(21);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder digits = new StringBuilder("4");
            for (int i = 1; i < 15; i++) {
                digits.append(random.nextInt(10));
            }
            digits.append(luhnDigit(digits.toString()));
            // groups of 1, 2, 3 or 5 digits: no run of them is laid out as cards are (fours, or 4-6-4 and 4-6-5)
            StringBuilder grouped = new StringBuilder();
            int at = 0;
            while (at < digits.length()) {
                int length = Math.min(digits.length() - at, new int[] {1, 2, 3, 5}[random.nextInt(4)]);
                grouped.append(grouped.length() == 0 ? "" : random.nextBoolean() ? " " : "-")
                        .append(digits, at, at + length);
                at += length;
            }
            assertThat(probe.found("ticket " + grouped + " closed")).as(grouped.toString()).isEmpty();
        }
    }

    /**
     * A megabyte of digits a space apart, after a card word and with card words among them, is read in one sweep:
     * each group starts at most nineteen candidates, and the card word is looked up once for each. The bound only
     * tells a sweep from a search from every group; it measures nothing.
     */
    @Test
    void aMegabyteOfDigitGroupsNearCardWordsIsReadInOneSweep() {
        StringBuilder text = new StringBuilder("card ");
        java.util.Random random = new java.util.Random(22);
        while (text.length() < 1 << 20) {
            String separator = random.nextInt(50) == 0 ? " card " : random.nextBoolean() ? " " : "-";
            text.append(random.nextInt(10)).append(separator);
        }

        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> assertThat(probe.found(text.toString())).isNotNull());
    }

    private static int luhnDigit(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int d = payload.charAt(payload.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
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
