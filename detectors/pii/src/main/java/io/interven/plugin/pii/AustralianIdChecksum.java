package io.interven.plugin.pii;

/**
 * Australian identifiers' check digits: the tax file number (nine digits, weighted sum mod 11), the Medicare card
 * number (ten digits, first 2-6, the ninth a weighted sum mod 10 of the first eight, then the issue number), the
 * Australian Business Number (eleven digits, first minus one, weighted sum mod 89) and the Australian Company
 * Number (nine digits, complement of a weighted sum mod 10).
 */
final class AustralianIdChecksum {
    private AustralianIdChecksum() {
    }

    static boolean isValidTfn(String digits) {
        if (digits.length() != 9 || WeightedChecksum.isOneRepeatedDigit(digits)) {
            return false;
        }
        int sum = WeightedChecksum.sum(digits, 1, 4, 3, 7, 5, 8, 6, 9, 10);
        return sum > 0 && sum % 11 == 0;
    }

    /** Ten digits, or eleven with the individual reference number after them. */
    static boolean isValidMedicare(String digits) {
        if (digits.length() != 10 && digits.length() != 11 || digits.charAt(0) < '2' || digits.charAt(0) > '6') {
            return false;
        }
        int sum = WeightedChecksum.sum(digits, 1, 3, 7, 9, 1, 3, 7, 9);
        return sum >= 0 && sum % 10 == WeightedChecksum.digit(digits, 8);
    }

    static boolean isValidAbn(String digits) {
        if (digits.length() != 11 || digits.charAt(0) == '0') {
            return false;
        }
        int sum = WeightedChecksum.sum(digits, 10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19);
        return sum >= 0 && (sum - 10) % 89 == 0; // the first digit counts one less: -1 x weight 10
    }

    static boolean isValidAcn(String digits) {
        if (digits.length() != 9 || WeightedChecksum.isOneRepeatedDigit(digits)) {
            return false;
        }
        int sum = WeightedChecksum.sum(digits, 8, 7, 6, 5, 4, 3, 2, 1);
        return sum >= 0 && (10 - sum % 10) % 10 == WeightedChecksum.digit(digits, 8);
    }
}
