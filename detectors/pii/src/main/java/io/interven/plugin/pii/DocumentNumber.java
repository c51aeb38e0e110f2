package io.interven.plugin.pii;

/**
 * Checks shared by document numbers that have no check digit (driver licences, passports, bank accounts): what a
 * value read after a context word must not be, since that word is then all that vouches for it.
 */
final class DocumentNumber {
    private static final java.util.regex.Pattern PHONE_OR_SSN =
            java.util.regex.Pattern.compile("(?:1[- ])?\\d{3}([- ])\\d{3}\\1\\d{4}|\\d{3}([- ])\\d{2}\\2\\d{4}");

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
        int length = value.length();
        if (length == 8) {
            return digits(value) == 8 && isYear(value.substring(0, 4))
                    && isMonthAndDay(value.substring(4, 6), value.substring(6, 8));
        }
        if (length != 10 || digits(value) != 8) {
            return false;
        }
        char separator = value.charAt(4) == '-' || value.charAt(4) == ' ' ? value.charAt(4) : value.charAt(2);
        if (value.charAt(4) == separator && value.charAt(7) == separator) { // 2027-05-01
            return isYear(value.substring(0, 4)) && isMonthAndDay(value.substring(5, 7), value.substring(8, 10));
        }
        if (value.charAt(2) == separator && value.charAt(5) == separator) { // 05-01-2027, 01-05-2027
            return isYear(value.substring(6, 10)) && (isMonthAndDay(value.substring(0, 2), value.substring(3, 5))
                    || isMonthAndDay(value.substring(3, 5), value.substring(0, 2)));
        }
        return false;
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
        return PHONE_OR_SSN.matcher(value).matches();
    }
}
