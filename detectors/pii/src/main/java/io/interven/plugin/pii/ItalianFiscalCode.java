package io.interven.plugin.pii;

/**
 * Italy's codice fiscale: six letters of surname and name, year, month letter, day (plus 40 for women), a place
 * code of a letter and three digits, and a check letter. Where two people would share a code, digits are replaced
 * by the letters {@code LMNPQRSTUV} for 0-9 (omocodia), from the right. The check letter is the sum of the first
 * fifteen characters' values (one table for odd positions, another for even ones) mod 26.
 */
final class ItalianFiscalCode {
    /** Values of 0-9 and A-Z at odd (1st, 3rd, ...) positions; a digit counts as the letter of its index. */
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
        22, 25, 24, 23};
    private static final String OMOCODIA = "LMNPQRSTUV";
    private static final String MONTHS = "ABCDEHLMPRST";
    private static final int[] DIGIT_POSITIONS = {6, 7, 9, 10, 12, 13, 14};
    static final int LENGTH = 16;

    private ItalianFiscalCode() {
    }

    /** True when the sixteen upper-case characters are a well-formed code with the right check letter. */
    static boolean isValid(String code) {
        if (code.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (!isUpper(code.charAt(i))) {
                return false;
            }
        }
        for (int i : DIGIT_POSITIONS) {
            if (digitValue(code.charAt(i)) < 0) {
                return false;
            }
        }
        if (MONTHS.indexOf(code.charAt(8)) < 0 || !isUpper(code.charAt(11)) || !isUpper(code.charAt(15))) {
            return false;
        }
        int day = digitValue(code.charAt(9)) * 10 + digitValue(code.charAt(10));
        if (!(day >= 1 && day <= 31 || day >= 41 && day <= 71)) {
            return false;
        }
        return checkLetter(code) == code.charAt(15);
    }

    static char checkLetter(String code) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            char c = code.charAt(i);
            int index = c >= '0' && c <= '9' ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? ODD[index] : index; // position i + 1 is odd when i is even
        }
        return (char) ('A' + sum % 26);
    }

    /** The digit a digit position holds, written as a digit or an omocodia letter; -1 otherwise. */
    private static int digitValue(char c) {
        return c >= '0' && c <= '9' ? c - '0' : OMOCODIA.indexOf(c);
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
