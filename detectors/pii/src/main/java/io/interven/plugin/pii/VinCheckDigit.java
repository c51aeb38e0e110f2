package io.interven.plugin.pii;

/**
 * A vehicle identification number (ISO 3779): seventeen letters and digits without I, O and Q. In North America
 * the ninth character is a check digit: letters transliterated to digits, weighted 8, 7, ..., 2, 10, 0, 9, ..., 2,
 * summed mod 11, 10 written {@code X}. The tenth (model year) is never U, Z or 0.
 */
final class VinCheckDigit {
    /** The digit each letter A-Z stands for; 0 for the letters never used (I, O, Q). */
    private static final int[] TRANSLITERATION = {1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 2, 3, 4, 5,
        6, 7, 8, 9};
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    static final int LENGTH = 17;

    private VinCheckDigit() {
    }

    /** Seventeen VIN characters with a plausible model year. */
    static boolean isWellFormed(String vin) {
        if (vin.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = vin.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') || c == 'I' || c == 'O' || c == 'Q') {
                return false;
            }
        }
        char year = vin.charAt(9);
        return year != 'U' && year != 'Z' && year != '0';
    }

    static boolean hasValidCheckDigit(String vin) {
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            char c = vin.charAt(i);
            sum += (c >= '0' && c <= '9' ? c - '0' : TRANSLITERATION[c - 'A']) * WEIGHTS[i];
        }
        int check = sum % 11;
        return vin.charAt(8) == (check == 10 ? 'X' : (char) ('0' + check));
    }
}
