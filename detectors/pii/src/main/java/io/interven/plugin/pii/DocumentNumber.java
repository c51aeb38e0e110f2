package io.interven.plugin.pii;

/**
 * Checks shared by document numbers that have no check digit (driver licences, passports, bank accounts): what a
 * value read after a context word must not be, since that word is then all that vouches for it.
 */
final class DocumentNumber {
    private DocumentNumber() {
    }

    /** How many ASCII digits {@code text} holds. */
    static int digits(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                count++;
            }
        }
        return count;
    }

    /** How many ASCII letters {@code text} holds. */
    static int letters(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                count++;
            }
        }
        return count;
    }

    /**
     * A placeholder rather than a number: one repeated character ({@code 00000000}, {@code XXXXXXXX}) or the digits
     * counting up ({@code 12345678}, {@code 1234567890}).
     */
    static boolean isPlaceholder(String alphanumerics) {
        return WeightedChecksum.isOneRepeatedDigit(alphanumerics)
                || digits(alphanumerics) == alphanumerics.length() && isCountingUp(alphanumerics);
    }

    /** {@code 12345678}, {@code 1234567890}: each digit one more than the one before, 0 after 9. */
    private static boolean isCountingUp(String digits) {
        for (int i = 1; i < digits.length(); i++) {
            if (digits.charAt(i) - '0' != (digits.charAt(i - 1) - '0' + 1) % 10) {
                return false;
            }
        }
        return true;
    }

    /**
     * Digits only, in the layout of a date ({@code 2027-05-01}, {@code 05-01-2027}, {@code 20270501}) with a month
     * 1-12 and a day 1-31: an expiry or issue date after the context word, not the number.
     */
    static boolean isDateLike(String value) {
        String[] groups = value.split("[- ]");
        String digits = String.join("", groups);
        if (digits.length() != 8 || digits(digits) != 8) {
            return false;
        }
        if (groups.length == 3 && groups[0].length() == 2 && groups[1].length() == 2) {
            return isYear(groups[2]) && (isMonthAndDay(groups[0], groups[1]) || isMonthAndDay(groups[1], groups[0]));
        }
        boolean yearFirst = groups.length == 1 || groups.length == 3 && groups[0].length() == 4;
        return yearFirst && isYear(digits.substring(0, 4))
                && isMonthAndDay(digits.substring(4, 6), digits.substring(6, 8));
    }

    private static boolean isYear(String digits) {
        int year = Integer.parseInt(digits);
        return year >= 1900 && year <= 2100;
    }

    private static boolean isMonthAndDay(String month, String day) {
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        return m >= 1 && m <= 12 && d >= 1 && d <= 31;
    }

    /**
     * Digits only in the layout of a US phone number ({@code 555-123-4567}, {@code 1-800-555-0100}) or an SSN
     * ({@code 123-45-6789}): another recognizer's value written next to the context word.
     */
    static boolean isPhoneOrSsnLayout(String value) {
        return value.matches("(?:1[- ])?\\d{3}([- ])\\d{3}\\1\\d{4}|\\d{3}([- ])\\d{2}\\2\\d{4}");
    }
}
