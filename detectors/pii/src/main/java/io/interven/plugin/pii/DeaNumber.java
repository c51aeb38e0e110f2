package io.interven.plugin.pii;

/**
 * A US DEA registration number ({@code AB1234563}): the registrant type letter, the first letter of the registrant's
 * surname (or {@code 9} for a business), six digits and a check digit, the last digit of the sum of the first,
 * third and fifth digits plus twice the sum of the second, fourth and sixth.
 */
final class DeaNumber {
    /** Registrant types: practitioners (A, B, F, G), mid-level practitioners (M), distributors, clinics, ... */
    private static final String REGISTRANT_TYPES = "ABCDEFGHJKLMPRSTUX";

    private DeaNumber() {
    }

    static boolean isValid(String value) {
        if (value.length() != 9 || REGISTRANT_TYPES.indexOf(value.charAt(0)) < 0) {
            return false;
        }
        char second = value.charAt(1);
        if (!(second >= 'A' && second <= 'Z' || second == '9')) {
            return false;
        }
        String digits = value.substring(2);
        int odd = WeightedChecksum.sum(digits, 1, 0, 1, 0, 1, 0);
        int even = WeightedChecksum.sum(digits, 0, 1, 0, 1, 0, 1);
        int check = WeightedChecksum.digit(digits, 6);
        return odd >= 0 && even >= 0 && check >= 0 && (odd + 2 * even) % 10 == check
                && !WeightedChecksum.isOneRepeatedDigit(digits);
    }
}
