package io.interven.plugin.pii;

/**
 * The two mod 11 check digits of Brazil's CPF (11 digits, individuals) and CNPJ (14 digits, companies). A number of
 * one repeated digit passes the arithmetic but is never issued.
 */
final class BrazilTaxIdChecksum {
    private static final int[] CNPJ_FIRST = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] CNPJ_SECOND = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

    private BrazilTaxIdChecksum() {
    }

    static boolean isValidCpf(String digits) {
        if (digits.length() != 11 || WeightedChecksum.isOneRepeatedDigit(digits)) {
            return false;
        }
        return checkDigit(digits, descending(10)) == WeightedChecksum.digit(digits, 9)
                && checkDigit(digits, descending(11)) == WeightedChecksum.digit(digits, 10);
    }

    static boolean isValidCnpj(String digits) {
        if (digits.length() != 14 || WeightedChecksum.isOneRepeatedDigit(digits)) {
            return false;
        }
        return checkDigit(digits, CNPJ_FIRST) == WeightedChecksum.digit(digits, 12)
                && checkDigit(digits, CNPJ_SECOND) == WeightedChecksum.digit(digits, 13);
    }

    /** 11 minus the weighted sum mod 11; 0 where that is 10 or 11. */
    private static int checkDigit(String digits, int[] weights) {
        int sum = WeightedChecksum.sum(digits, weights);
        if (sum < 0) {
            return -1;
        }
        int check = 11 - sum % 11;
        return check >= 10 ? 0 : check;
    }

    /** Weights {@code from, from - 1, ..., 2}. */
    private static int[] descending(int from) {
        int[] weights = new int[from - 1];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = from - i;
        }
        return weights;
    }
}
