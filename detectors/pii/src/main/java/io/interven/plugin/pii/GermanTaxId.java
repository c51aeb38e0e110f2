package io.interven.plugin.pii;

/**
 * Germany's Steuerliche Identifikationsnummer: eleven digits, the first not 0. Among the first ten, exactly one
 * digit occurs twice or three times (three times never in three neighbouring places) and every other at most once;
 * the eleventh is an ISO/IEC 7064 MOD 11,10 check digit.
 */
final class GermanTaxId {
    private GermanTaxId() {
    }

    static boolean isValid(String digits) {
        if (digits.length() != 11 || digits.charAt(0) == '0') {
            return false;
        }
        return hasIssuedDigitPattern(digits) && checkDigit(digits) == WeightedChecksum.digit(digits, 10);
    }

    private static boolean hasIssuedDigitPattern(String digits) {
        int[] counts = new int[10];
        for (int i = 0; i < 10; i++) {
            int d = WeightedChecksum.digit(digits, i);
            if (d < 0) {
                return false;
            }
            counts[d]++;
        }
        int repeated = 0;
        for (int count : counts) {
            if (count > 3) {
                return false;
            }
            if (count > 1) {
                repeated++;
            }
        }
        if (repeated != 1) {
            return false;
        }
        for (int i = 2; i < 10; i++) {
            if (digits.charAt(i) == digits.charAt(i - 1) && digits.charAt(i) == digits.charAt(i - 2)) {
                return false;
            }
        }
        return true;
    }

    /** ISO/IEC 7064 MOD 11,10 over the first ten digits. */
    static int checkDigit(String digits) {
        int product = 10;
        for (int i = 0; i < 10; i++) {
            int sum = (WeightedChecksum.digit(digits, i) + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = sum * 2 % 11;
        }
        int check = 11 - product;
        return check == 10 ? 0 : check;
    }
}
