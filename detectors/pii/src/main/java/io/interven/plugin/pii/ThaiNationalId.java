package io.interven.plugin.pii;

/**
 * A Thai national identification number: thirteen digits, the first the holder's category (1-8), the last a check
 * digit: {@code (11 - sum of digit i times (13 - i), i = 0..11, mod 11) mod 10}.
 */
final class ThaiNationalId {
    private ThaiNationalId() {
    }

    static boolean isValid(String digits) {
        if (digits.length() != 13 || digits.charAt(0) < '1' || digits.charAt(0) > '8'
                || NationalIdFormats.isCountingRun(digits.substring(0, 12))) {
            return false;
        }
        int sum = WeightedChecksum.sum(digits, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2);
        return sum >= 0 && (11 - sum % 11) % 10 == WeightedChecksum.digit(digits, 12);
    }
}
