package io.interven.plugin.pii;

/**
 * Singapore's NRIC and FIN: a series letter (S, T citizens and permanent residents; F, G, M foreigners), seven
 * digits and a check letter. The digits weighted 2, 7, 6, 5, 4, 3, 2, plus 4 for T and G and 3 for M, mod 11 index
 * the series' letter table.
 */
final class SingaporeNric {
    private static final String CITIZEN_LETTERS = "JZIHGFEDCBA";
    private static final String FOREIGNER_LETTERS = "XWUTRQPNMLK";
    private static final String M_SERIES_LETTERS = "XWUTRQPNJLK";

    private SingaporeNric() {
    }

    static boolean isValid(char series, String digits, char check) {
        int sum = WeightedChecksum.sum(digits, 2, 7, 6, 5, 4, 3, 2);
        if (digits.length() != 7 || sum < 0) {
            return false;
        }
        String letters;
        switch (series) {
            case 'S' -> letters = CITIZEN_LETTERS;
            case 'T' -> {
                letters = CITIZEN_LETTERS;
                sum += 4;
            }
            case 'F' -> letters = FOREIGNER_LETTERS;
            case 'G' -> {
                letters = FOREIGNER_LETTERS;
                sum += 4;
            }
            case 'M' -> {
                letters = M_SERIES_LETTERS;
                sum += 3;
            }
            default -> {
                return false;
            }
        }
        return letters.charAt(sum % 11) == check;
    }
}
